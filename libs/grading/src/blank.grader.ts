import type { AnswerValue, BlankQuestion } from '@jingsai/domain';
import { graded, invalidAnswer, noKey, round2 } from './grade-result';
import type { BlankDetail, GradeResult } from './grading.types';
import { normalizeBlankText } from './text-normalizer';

interface BlankKey {
  canonical: string;
  accepted: Set<string>;
}

/** Ways to cut one field holding several answers, coarse to fine ('敬业爱岗、忠于职守;勤奋学习、精通业务' needs ';' only). */
const ONE_FIELD_SEPARATORS = [/[;；]/, /[，,;；]/, /[、，,;；]/, /[\s、，,;；]+/];

export function gradeBlank(question: BlankQuestion, answer: AnswerValue): GradeResult {
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

  let best: BlankDetail[] = [];
  let bestCount = -1;
  for (const reading of readings) {
    const blanks = compareBlanks(keys, groups, reading);
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
    keys.push({ canonical: usable[0].trim(), accepted: new Set(usable.map(normalizeBlankText)) });
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

function compareBlanks(keys: BlankKey[], groups: number[][], given: string[]): BlankDetail[] {
  const norm = given.map(normalizeBlankText);
  const accepts = (member: number, position: number) => norm[position] !== '' && keys[member].accepted.has(norm[position]);
  const details = keys.map((key, i) => ({ index: i, given: given[i], correct: accepts(i, i), expected: key.canonical }));

  for (const group of groups) {
    const memberFor = matchGroup(group, accepts);
    const matched = new Set(memberFor.values());
    // An unmatched blank shows its own key if nobody gave it, else one of the keys nobody gave.
    const unmatched = group.filter((p) => !memberFor.has(p));
    const spare = group.filter((m) => !matched.has(m) && !unmatched.includes(m));
    for (const position of group) {
      const member = memberFor.get(position);
      const shown = member ?? (matched.has(position) ? (spare.shift() ?? position) : position);
      details[position] = { ...details[position], correct: member !== undefined, expected: keys[shown].canonical };
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
