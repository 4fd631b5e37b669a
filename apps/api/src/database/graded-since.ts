/**
 * Caches that re-read only the rows whose `gradedAt` moved (the score log, the analysis's choice answers) ask
 * for the rows stamped since their previous read began, less this overlap: commits land out of order by up to
 * a transaction's length. Every writer (grading workers, api nodes for judges' scores and rejudges) stamps on
 * the database's time (Clock, DatabaseTime), and the window is measured on the same time, never from the
 * stamps read: one wrong stamp would otherwise move it past everyone else's rows. A stamp further behind is
 * read at the next full read (30 s). The results (results.xlsx) and the analysis report do not rely on this:
 * they check the log against the database's totals (ScoreLogRepository).
 */
const STAMP_OVERLAP_MS = 10_000;

/** The `gradedAt` from which to read again, for a read whose previous one began at `previousReadAt` (Clock's time). */
export function gradedSince(previousReadAt: number): Date {
  return new Date(previousReadAt - STAMP_OVERLAP_MS);
}
