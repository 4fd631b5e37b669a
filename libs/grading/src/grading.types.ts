import type { MultipleChoicePolicy } from '@jingsai/domain';

export interface GradingOptions {
  /** Per-round multiple-choice policy; all-or-nothing when absent. */
  multiplePolicy?: MultipleChoicePolicy;
  /** Bigram-overlap ratio (0..1) at which a short-answer key point counts as covered; default 0.5. */
  coverageThreshold?: number;
  /**
   * Per-round: blanks score only on equal normalised text (width, case, punctuation, Chinese numerals), the rule
   * before issue 19. Default false also scores an equal number in another notation (0.5 = 二分之一, 千分之一 = 0.1%)
   * and a unit the key or the stem beside the blank states, left out or written (24 for 24小时, 99.9% in （ ）%).
   */
  strict?: boolean;
}

/**
 * How a right blank matched when its text differs from every key variant (absent: equal normalised text).
 * 'value': the same number and unit in another notation or spelling (0.1% for 千分之一, 24h for 24小时);
 * 'unit': equal once the unit the key or the stem states is left out or written (24 for 24小时, 99.9% in （ ）%).
 */
export type BlankMatch = 'value' | 'unit';

export interface BlankDetail {
  index: number;
  given: string;
  correct: boolean;
  /** The canonical answer this blank was compared against (for order-free groups: the member it matched or should have). */
  expected: string;
  /** Set only when a lenient rule (not text equality) made the blank right. */
  match?: BlankMatch;
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
