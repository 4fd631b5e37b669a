import type { AnswerValue, PublicQuestion, Question, QuestionType } from '@jingsai/domain';
import { parseChoiceKeys } from '@jingsai/grading';

/** Pure functions behind a written round's papers: draw, shuffle, and the letter mapping of shuffled options. */

export interface PaperDrawRule {
  category?: string;
  type?: QuestionType;
  count: number;
}

export interface DrawCandidate {
  id: string;
  type: QuestionType;
  category?: string | null;
  /** Original option keys of a choice question, in the bank's order; empty for other types. */
  optionKeys: string[];
}

export interface DrawnPaper {
  questionIds: string[];
  /** Per choice question: original option keys in display order. */
  optionOrders: Record<string, string[]>;
}

/** A small seeded generator (mulberry32): the same seed gives the same paper, so draws are testable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const matches = (rule: PaperDrawRule, q: DrawCandidate) =>
  (rule.type === undefined || rule.type === q.type) && (rule.category === undefined || rule.category === (q.category ?? undefined));

/** The narrowest rules draw first, so a broad rule cannot use up what a narrow one needs. */
const specificity = (rule: PaperDrawRule) => (rule.type !== undefined ? 1 : 0) + (rule.category !== undefined ? 1 : 0);

/**
 * Draws one paper: for each rule, `count` questions of the pool matching it (never the same question
 * twice), then the whole paper shuffled, and each choice question's options shuffled when asked.
 * Null when the pool cannot fill the rules.
 */
export function drawPaper(pool: readonly DrawCandidate[], rules: readonly PaperDrawRule[], random: () => number, shuffleOptions: boolean): DrawnPaper | null {
  const taken = new Set<string>();
  const ordered = [...rules].sort((a, b) => specificity(b) - specificity(a));
  for (const rule of ordered) {
    const candidates = shuffled(pool.filter((q) => !taken.has(q.id) && matches(rule, q)), random);
    if (candidates.length < rule.count) return null;
    for (const q of candidates.slice(0, rule.count)) taken.add(q.id);
  }
  const questions = shuffled(pool.filter((q) => taken.has(q.id)), random);
  const optionOrders: Record<string, string[]> = {};
  for (const q of questions) {
    if (q.optionKeys.length) optionOrders[q.id] = shuffleOptions ? shuffled(q.optionKeys, random) : [...q.optionKeys];
  }
  return { questionIds: questions.map((q) => q.id), optionOrders };
}

/** Why a pool cannot serve the rules (checked when the round is created), or null when it can. */
export function drawProblem(pool: readonly DrawCandidate[], rules: readonly PaperDrawRule[]): string | null {
  for (const rule of rules) {
    const available = pool.filter((q) => matches(rule, q)).length;
    if (available < rule.count) {
      const what = [rule.category, rule.type].filter(Boolean).join(' / ') || '*';
      return `抽题规则“${what}”需要 ${rule.count} 题，题库中只有 ${available} 题 / Draw rule "${what}" needs ${rule.count} questions, the pool has ${available}`;
    }
  }
  // Several rules together: try a few seeds (overlapping rules are rare; each draw retries the same way).
  for (let seed = 1; seed <= 20; seed++) if (drawPaper(pool, rules, seededRandom(seed), false)) return null;
  return '题库不足以按规则组卷 / The pool cannot fill all draw rules at once';
}

/** Display letter of position i: A, B, C… */
export const displayKey = (index: number): string => String.fromCharCode(65 + index);

/** The question as this contestant sees it: options in their order, relabelled A, B, C…. */
export function displayedQuestion(question: PublicQuestion, order: readonly string[] | undefined): PublicQuestion {
  if (!question.options || !order) return question;
  const byKey = new Map(question.options.map((o) => [o.key, o.text]));
  return { ...question, options: order.map((key, i) => ({ key: displayKey(i), text: byKey.get(key) ?? '' })) };
}

/**
 * A contestant's answer in display letters → the same answer in the bank's keys, for grading.
 * `undefined` when it names a letter the contestant was never shown. Answers that hold no letters at
 * all (e.g. text typed into a choice question) pass through: the grader marks them invalid.
 */
export function toOriginalAnswer(type: QuestionType, answer: AnswerValue, order: readonly string[] | undefined): AnswerValue | undefined {
  if ((type !== 'single' && type !== 'multiple') || !order) return answer;
  if (typeof answer === 'boolean') return answer;
  const letters = parseChoiceKeys(answer);
  if (!letters) return answer;
  const keys: string[] = [];
  for (const letter of letters) {
    const key = order[letter.charCodeAt(0) - 65];
    if (key === undefined) return undefined;
    keys.push(key);
  }
  return type === 'single' ? keys.join('') : keys.sort();
}

/** The reverse, for showing a reloaded paper's answers in the contestant's letters. */
export function toDisplayedAnswer(type: QuestionType, answer: AnswerValue, order: readonly string[] | undefined): AnswerValue {
  if ((type !== 'single' && type !== 'multiple') || !order || typeof answer === 'boolean') return answer;
  const letters = parseChoiceKeys(answer);
  if (!letters) return answer;
  const shown = letters.map((key) => (order.indexOf(key) >= 0 ? displayKey(order.indexOf(key)) : key)).sort();
  return type === 'single' ? shown.join('') : shown;
}

/** A bank question as the draw sees it. */
export function drawCandidateOf(q: Question & { id: string }): DrawCandidate {
  return { id: q.id, type: q.type, category: q.category ?? null, optionKeys: q.type === 'single' || q.type === 'multiple' ? q.options.map((o) => o.key) : [] };
}
