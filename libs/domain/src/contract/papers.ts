/** 笔答/初赛: paper windows and a contestant's own paper. */
import type { SubmissionStatus } from '../contest';
import type { AnswerValue, PublicQuestion } from '../question';

export type PaperWindowStatus = 'pending' | 'open' | 'closed';

/** GET /contests/:id/papers: one paper round and its window (contestants also get `myPaper`). */
export interface PaperRoundSummary {
  roundId: string;
  title: string;
  status: PaperWindowStatus;
  openedAt: string | null;
  closedAt: string | null;
  minutes: number;
  questionCount: number;
  myPaper?: { paperId: string; startedAt: string; submittedAt: string | null } | null;
}

/** A contestant's own paper (POST/GET /rounds/:roundId/paper). Options are relabelled per paper. */
export interface PaperView {
  paperId: string;
  roundId: string;
  startedAt: string;
  /** The personal deadline, or the window's close when that came first. */
  deadline: string;
  submittedAt: string | null;
  serverTime: string;
  questions: PublicQuestion[];
  /** Answers already accepted, in the contestant's own option letters. */
  answers: { questionId: string; submissionId: string; status: SubmissionStatus; answer: AnswerValue }[];
}

export interface PaperSubmitResult {
  paperId: string;
  submittedAt: string;
  answered: number;
}
