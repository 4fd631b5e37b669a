/** Answers: the receipt of a submission and its state as its team sees it. */
import type { SubmissionStatus } from '../contest';
import type { WireDate } from './contests';

/** POST /contests/:id/submissions (202) and the socket's `answer` ack. */
export interface SubmissionReceipt {
  id: string;
  status: SubmissionStatus;
}

/** `submitted`: accepted, its result held back until the question closes (or the round ends). */
export type VisibleStatus = SubmissionStatus | 'submitted';

/** GET /submissions/:id. */
export interface SubmissionState<D = WireDate> {
  id: string;
  questionId: string;
  status: VisibleStatus;
  score: number | null;
  correct: boolean | null;
  /** What the answer did to the team's score as the board counts it (a stake won or lost, a penalty). */
  points: number | null;
  receivedAt: D;
}
