/** One graded, scorable answer. Too-late, pending and superseded answers are never passed in. */
export interface ScoreEvent {
  teamId: string;
  roundId: string;
  questionId: string;
  /** Signed points this event gives the team, after round rules (stakes, penalties, member mean…). */
  points: number;
  /** null = judged short answer or a neutral event such as a false-start penalty. */
  correct: boolean | null;
  /** Server receive time of the answer. */
  at: Date;
}

/** A manual, audited correction by an organizer. */
export interface Adjustment {
  teamId: string;
  points: number;
  reason: string;
  at: Date;
}
