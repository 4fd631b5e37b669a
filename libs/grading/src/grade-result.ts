import type { GradeDetail, GradeResult } from './grading.types';

/** Rounds to cents; EPSILON keeps 1.005 from rounding down, `+ 0` turns -0 into 0. */
export function round2(value: number): number {
  return Math.round((value + Math.sign(value) * Number.EPSILON) * 100) / 100 + 0;
}

export function roundToHalf(value: number): number {
  return Math.round(value * 2) / 2;
}

export function graded(maxScore: number, score: number, correct: boolean, detail?: GradeDetail): GradeResult {
  return { status: 'graded', correct, score: round2(score), maxScore, ...(detail ? { detail } : {}) };
}

export function review(maxScore: number, detail?: GradeDetail): GradeResult {
  return { status: 'review', correct: null, score: 0, maxScore, ...(detail ? { detail } : {}) };
}

/** Contestant input we cannot read as an answer: wrong, never an exception. */
export function invalidAnswer(maxScore: number): GradeResult {
  return graded(maxScore, 0, false, { reason: 'invalid-answer' });
}

export function noKey(maxScore: number): GradeResult {
  return review(maxScore, { reason: 'no-key' });
}

/** True when a rejudge would change what the contestant sees: score or correctness (incl. graded ↔ review). */
export function diffGrades(before: GradeResult, after: GradeResult): boolean {
  return round2(before.score) !== round2(after.score) || before.correct !== after.correct;
}
