import type { MultipleChoicePolicy } from '@jingsai/domain';

export interface GradingOptions {
  /** Per-round multiple-choice policy; all-or-nothing when absent. */
  multiplePolicy?: MultipleChoicePolicy;
  /** Bigram-overlap ratio (0..1) at which a short-answer key point counts as covered; default 0.5. */
  coverageThreshold?: number;
}

export interface BlankDetail {
  index: number;
  given: string;
  correct: boolean;
  /** The canonical answer this blank was compared against (for order-free groups: the member it matched or should have). */
  expected: string;
}

export interface KeyPointCoverage {
  keyPoint: string;
  covered: boolean;
  /** Share of the key point's character bigrams found in the answer, 0..1 (2 decimals). */
  ratio: number;
  /** Offsets into the contestant's answer (start inclusive, end exclusive) for highlighting. */
  spans: { start: number; end: number }[];
}

export type GradeReason = 'invalid-answer' | 'no-key';

export interface GradeDetail {
  reason?: GradeReason;
  blanks?: BlankDetail[];
  coverage?: KeyPointCoverage[];
  suggestedScore?: number;
  selected?: string[];
}

export interface GradeResult {
  status: 'graded' | 'review';
  /** null for review; for partial credit false unless full points. */
  correct: boolean | null;
  /** 0 for review (the judge decides). */
  score: number;
  /** question.points */
  maxScore: number;
  detail?: GradeDetail;
}
