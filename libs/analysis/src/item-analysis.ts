import type { AnswerValue, QuestionType } from '@jingsai/domain';
import { round2 } from '@jingsai/scoring';
import type { AnalysisAnswer, AnalysisQuestion, AnalysisThresholds, OptionAnalysis, QuestionAnalysis, QuestionFlag } from './analysis.types';
import { isRight, maxScoreOf, type IndexedQuestion } from './contest-index';
import { itemRestCorrelation, upperLowerSorted } from './discrimination';
import { compareText, ratio, round4 } from './numbers.util';

/** The answering units' results on one question, sorted by the units' totals, best first. */
export interface ItemSamples {
  totals: ArrayLike<number>;
  shares: ArrayLike<number>;
  rests: ArrayLike<number>;
}

const CHOICE_TYPES: ReadonlySet<QuestionType> = new Set(['single', 'multiple', 'truefalse']);

/** Item analysis of one question: counts, facility, discrimination, options, time, judges, flags. */
export function analyseQuestion(q: IndexedQuestion, samples: ItemSamples, thresholds: AnalysisThresholds): QuestionAnalysis {
  const { question } = q;
  let graded = 0;
  let ungraded = 0;
  let right = 0;
  let partial = 0;
  let tooLate = 0;
  let shareSum = 0;
  let secondsSum = 0;
  let timed = 0;
  let spreadSum = 0;
  let judged = 0;
  const choice = CHOICE_TYPES.has(question.type);
  const picks = new Map<string, number>();
  for (const answer of q.answers) {
    if (answer.status === 'too_late') {
      tooLate++;
      continue;
    }
    if (choice) countPicks(picks, answer.answer, question.type);
    if (answer.openedAt) {
      secondsSum += (answer.receivedAt.getTime() - answer.openedAt.getTime()) / 1000;
      timed++;
    }
    if (answer.judgeScores && answer.judgeScores.length >= 2) {
      spreadSum += Math.max(...answer.judgeScores) - Math.min(...answer.judgeScores);
      judged++;
    }
    if (answer.status !== 'graded') {
      ungraded++;
      continue;
    }
    graded++;
    const max = maxScoreOf(answer, question);
    const score = answer.score ?? 0;
    shareSum += shareOf(score, max, answer);
    if (isRight(answer, max)) right++;
    else if (score > 0) partial++;
  }
  const answered = graded + ungraded;
  const facility = ratio(right, graded);
  const discrimination = upperLowerSorted(samples.totals, samples.shares, thresholds.groupShare);
  const options = choice && answered > 0 ? optionAnalysis(question, picks, answered, answered >= thresholds.minAnswers) : null;

  const flags: QuestionFlag[] = [];
  if (facility !== null && graded >= thresholds.minAnswers) {
    if (facility > thresholds.tooEasy) flags.push('too-easy');
    if (facility < thresholds.tooHard) flags.push('too-hard');
    if (discrimination !== null && discrimination < 0) flags.push('negative-discrimination');
  }
  for (const option of options ?? []) for (const flag of option.flags) if (!flags.includes(flag)) flags.push(flag);

  return {
    questionId: question.id,
    roundId: question.roundId,
    label: question.label ?? null,
    type: question.type,
    unit: q.round.unit,
    answered,
    graded,
    ungraded,
    right,
    partial,
    wrong: graded - right - partial,
    tooLate,
    facility,
    meanShare: ratio(shareSum, graded),
    discrimination,
    pointBiserial: itemRestCorrelation(samples.shares, samples.rests),
    optionShares: options ? Object.fromEntries(options.map((o) => [o.key, o.share])) : null,
    options,
    meanSeconds: timed ? round2(secondsSum / timed) : null,
    judgeSpread: judged ? round2(spreadSum / judged) : null,
    flags,
  };
}

/** Score share 0..1 of one graded answer; a question worth no points counts right as 1. */
export function shareOf(score: number, maxScore: number, answer: AnalysisAnswer): number {
  if (maxScore > 0) return score / maxScore;
  return isRight(answer, maxScore) ? 1 : 0;
}

/**
 * Share of the `answered` on-time answers picking each option (multiple choice: each pick counts,
 * so the shares add up to more than 1). With a key and `flag` (enough answers): a distractor
 * nobody picks is `unused-distractor`; one picked more often than the key (than the least-picked
 * key option, for multiple choice) is `distractor-beats-key`.
 */
export function optionAnalysis(question: AnalysisQuestion, picks: Map<string, number>, answered: number, flag: boolean): OptionAnalysis[] {
  const keys = new Set(picksOf(question.answer ?? null, question.type));
  const optionKeys = optionKeysOf(question, keys, picks);
  const keyPicks = optionKeys.filter((k) => keys.has(k)).map((k) => picks.get(k) ?? 0);
  const leastKeyPicks = keyPicks.length ? Math.min(...keyPicks) : Infinity;
  return optionKeys.map((key) => {
    const count = picks.get(key) ?? 0;
    const isKey = keys.has(key);
    const flags: OptionAnalysis['flags'] = [];
    if (flag && keys.size > 0 && !isKey) {
      if (count === 0) flags.push('unused-distractor');
      if (count > leastKeyPicks) flags.push('distractor-beats-key');
    }
    return { key, picks: count, share: round4(count / answered), isKey, flags };
  });
}

/** Adds one answer's picks to the counts; the common single-key answer allocates nothing. */
export function countPicks(picks: Map<string, number>, value: AnswerValue | null, type: QuestionType): void {
  if (typeof value === 'string' && type !== 'truefalse') {
    const key = normaliseKey(value);
    if (key) picks.set(key, (picks.get(key) ?? 0) + 1);
    return;
  }
  for (const key of picksOf(value, type)) picks.set(key, (picks.get(key) ?? 0) + 1);
}

function optionKeysOf(question: AnalysisQuestion, keys: Set<string>, picks: Map<string, number>): string[] {
  if (question.type === 'truefalse') return ['true', 'false'];
  if (question.options?.length) return [...new Set(question.options.map(normaliseKey).filter(Boolean))];
  return [...new Set([...keys, ...picks.keys()])].sort(compareText);
}

/** Option keys an answer (or a key) picks: 'b ' → ['B'], ['A','C'] → ['A','C'], true → ['true']. */
export function picksOf(value: AnswerValue | null, type: QuestionType): string[] {
  if (value === null) return [];
  if (type === 'truefalse') {
    const text = String(value);
    return text === 'true' || text === 'false' ? [text] : [];
  }
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const keys: string[] = [];
  for (const item of list) {
    const key = normaliseKey(item);
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

function normaliseKey(key: string): string {
  // Most answers are already a clean key: skip the two string copies.
  return key.length === 1 && key >= 'A' && key <= 'Z' ? key : key.trim().toUpperCase();
}
