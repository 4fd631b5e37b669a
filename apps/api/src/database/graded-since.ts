/**
 * Caches that re-read only the rows whose `gradedAt` moved (the score log, the analysis's choice answers) ask
 * for the rows stamped since their previous read began, less this overlap. The stamps come from other
 * processes' clocks (grading workers, other api nodes, judges' and rejudges' writes) and commits land out of
 * order by up to a transaction's length; a writer whose clock runs up to this far behind this node's is still
 * read. The window is measured on this node's own clock, never from the stamps read: one writer whose clock
 * ran ahead would otherwise move it past everyone else's rows; a writer further behind is read at the next full
 * read (30 s). The results (results.xlsx) and the analysis report do not rely on this: they check the log
 * against the database's totals (ScoreLogRepository).
 */
export const STAMP_OVERLAP_MS = 10_000;

/** The `gradedAt` from which to read again, for a read whose previous one began at `previousReadAt` (this node's clock). */
export function gradedSince(previousReadAt: number): Date {
  return new Date(previousReadAt - STAMP_OVERLAP_MS);
}
