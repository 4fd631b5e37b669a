/** The judges' blind review queue. */
export interface ReviewCoverage {
  keyPoint: string;
  covered: boolean;
  ratio: number;
  spans: { start: number; end: number }[];
}

/** One answer in the blind queue: no team, no contestant, no other judge's name. */
export interface ReviewItem {
  submissionId: string;
  roundId: string;
  questionId: string;
  stem: string;
  reference: string;
  keyPoints: string[];
  maxScore: number;
  answer: string;
  /** Absent when the grader left no coverage (not a short answer). */
  coverage?: ReviewCoverage[];
  suggestedScore: number | null;
  progress: { scored: number; needed: number };
  myScore: number | null;
  myComment: string | null;
  disagreement: boolean;
  /** Chief judges see the panel's scores (still without names) to decide on a return. */
  panelScores?: number[];
}

/** POST /reviews/:submissionId. */
export interface ReviewScoreResult {
  status: string;
  progress: { scored: number; needed: number };
}

/** POST /reviews/:submissionId/return: the chief judge sends an answer back to the panel. */
export interface ReviewReturned {
  submissionId: string;
  status: 'review';
  progress: { scored: number };
}

/** POST /rounds/:id/reviews/publish. */
export interface PublishResult {
  roundId: string;
  published: number;
  stillWaiting: number;
}
