import type { AnswerValue, BlankQuestion } from '@jingsai/domain';
import { graded, invalidAnswer, noKey, round2 } from './grade-result';
import type { BlankDetail, BlankMatch, GradeResult } from './grading.types';
import { matchQuantity, readQuantity, type BlankContext, type Quantity } from './quantity-reader';
import { blankContexts } from './stem-context';
import { normalizeBlankText } from './text-normalizer';

interface BlankKey {
  canonical: string;
  accepted: Set<string>;
  variants: string[];
}

/** 'exact': equal normalised text; null: wrong. */
type Verdict = 'exact' | BlankMatch | null;
/** Whether the text given at `position` answers blank `member` (they differ only inside order-free groups). */
type Judge = (member: number, position: number) => Verdict;

/** Ways to cut one field holding several answers, coarse to fine ('敬业爱岗、忠于职守;勤奋学习、精通业务' needs ';' only). */
const ONE_FIELD_SEPARATORS = [/[;；]/, /[，,;；]/, /[、，,;；]/, /[\s、，,;；]+/];

/** `strict`: equal normalised text only (see GradingOptions.strict). */
export function gradeBlank(question: BlankQuestion, answer: AnswerValue, strict = false): GradeResult {
  const points = question.points;
  const keys = readKeys(question.blanks);
  if (!keys) return noKey(points);
  if (typeof answer === 'boolean') return invalidAnswer(points);

  const fields = typeof answer === 'string' ? [answer] : answer;
  const groups = readGroups(question.orderFreeGroups, keys.length);
  const readings = [fit(fields, keys.length)];
  // Everything typed into one field: also try it cut into pieces, and keep the reading that scores best.
  const filled = fields.filter((f) => f.trim() !== '');
  if (keys.length > 1 && filled.length === 1) {
    for (const separator of ONE_FIELD_SEPARATORS) readings.push(fit(filled[0].split(separator), keys.length));
  }

  const judgeFor = strict ? textJudge(keys) : lenientJudge(keys, blankContexts(question.stem, keys.length));
  let best: BlankDetail[] = [];
  let bestCount = -1;
  for (const reading of readings) {
    const blanks = compareBlanks(keys, groups, reading, judgeFor(reading));
    const count = blanks.filter((b) => b.correct).length;
    if (count > bestCount) [best, bestCount] = [blanks, count];
  }

  // Full marks are exactly the question's points, even when points/blanks does not divide evenly.
  const all = bestCount === keys.length;
  const score = all ? points : round2(points / keys.length) * bestCount;
  return graded(points, score, all, { blanks: best });
}

/** null when any blank lacks a usable variant: such a key must be fixed by a person. */
function readKeys(blanks: string[][] | undefined): BlankKey[] | null {
  if (!Array.isArray(blanks) || blanks.length === 0) return null;
  const keys: BlankKey[] = [];
  for (const variants of blanks) {
    const usable = (Array.isArray(variants) ? variants : []).filter((v) => typeof v === 'string' && normalizeBlankText(v) !== '');
    if (usable.length === 0) return null;
    keys.push({ canonical: usable[0].trim(), accepted: new Set(usable.map(normalizeBlankText)), variants: usable });
  }
  return keys;
}

/** Valid, disjoint groups of at least two in-range indexes; a bad index in a bank file must not break grading. */
function readGroups(groups: number[][] | undefined, blankCount: number): number[][] {
  const used = new Set<number>();
  const result: number[][] = [];
  for (const group of groups ?? []) {
    const members = [...new Set(group)].filter((i) => Number.isInteger(i) && i >= 0 && i < blankCount && !used.has(i));
    if (members.length < 2) continue;
    members.forEach((i) => used.add(i));
    result.push(members);
  }
  return result;
}

function fit(fields: string[], length: number): string[] {
  return Array.from({ length }, (_, i) => (fields[i] ?? '').trim());
}

/** Today's rule, and the first step of the lenient one: the normalised text equals a variant. */
function textJudge(keys: BlankKey[]): (given: string[]) => Judge {
  return (given) => {
    const norm = given.map(normalizeBlankText);
    return (member, position) => (norm[position] !== '' && keys[member].accepted.has(norm[position]) ? 'exact' : null);
  };
}

/** Text first; then the answer and each key variant read as quantities, each beside its own blank in the stem. */
function lenientJudge(keys: BlankKey[], contexts: BlankContext[]): (given: string[]) => Judge {
  const byText = textJudge(keys);
  const keyQuantities = keys.map((key) => key.variants.map(readQuantity).filter((q): q is Quantity => q !== null));
  return (given) => {
    const text = byText(given);
    const quantities = new Map<number, Quantity | null>();
    const quantityAt = (position: number) => {
      if (!quantities.has(position)) quantities.set(position, readQuantity(given[position]));
      return quantities.get(position) ?? null;
    };
    return (member, position) => {
      const exact = text(member, position);
      if (exact) return exact;
      const q = keyQuantities[member].length > 0 ? quantityAt(position) : null;
      if (!q) return null;
      const matches = keyQuantities[member].map((k) => matchQuantity(k, contexts[member], q, contexts[position]));
      // A variant equal as written explains the grade better than one that needed the unit forgiven.
      return matches.includes('value') ? 'value' : matches.includes('unit') ? 'unit' : null;
    };
  };
}

function compareBlanks(keys: BlankKey[], groups: number[][], given: string[], judge: Judge): BlankDetail[] {
  const verdicts = new Map<string, Verdict>();
  const verdict = (member: number, position: number): Verdict => {
    const id = `${member}:${position}`;
    if (!verdicts.has(id)) verdicts.set(id, judge(member, position));
    return verdicts.get(id) ?? null;
  };
  const accepts = (member: number, position: number) => verdict(member, position) !== null;
  const detail = (position: number, member: number | undefined, shown: number): BlankDetail => {
    const how = member === undefined ? null : verdict(member, position);
    return {
      index: position,
      given: given[position],
      correct: how !== null,
      expected: keys[shown].canonical,
      ...(how === 'value' || how === 'unit' ? { match: how } : {}),
    };
  };
  const details = keys.map((_key, i) => detail(i, i, i));

  for (const group of groups) {
    const memberFor = matchGroup(group, accepts);
    const matched = new Set(memberFor.values());
    // An unmatched blank shows its own key if nobody gave it, else one of the keys nobody gave.
    const unmatched = group.filter((p) => !memberFor.has(p));
    const spare = group.filter((m) => !matched.has(m) && !unmatched.includes(m));
    for (const position of group) {
      const member = memberFor.get(position);
      const shown = member ?? (matched.has(position) ? (spare.shift() ?? position) : position);
      details[position] = detail(position, member, shown);
    }
  }
  return details;
}

/**
 * Maximum matching of positions to group members (augmenting paths), so each member counts at most once:
 * '优质、优质、规范、快捷' scores three, and '方便、优质' is not lost because 优质 was tried on the wrong slot first.
 */
function matchGroup(group: number[], accepts: (member: number, position: number) => boolean): Map<number, number> {
  const holderOf = new Map<number, number>(); // member → position
  const assign = (position: number, seen: Set<number>): boolean => {
    for (const member of [position, ...group.filter((m) => m !== position)]) {
      if (seen.has(member) || !accepts(member, position)) continue;
      seen.add(member);
      const holder = holderOf.get(member);
      if (holder === undefined || assign(holder, seen)) {
        holderOf.set(member, position);
        return true;
      }
    }
    return false;
  };
  for (const position of group) assign(position, new Set());
  return new Map([...holderOf].map(([member, position]) => [position, member]));
}
