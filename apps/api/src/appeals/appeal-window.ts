import type { ResultVisibility } from '@jingsai/scoring';
import type { PaperEntity, PaperWindowEntity, RoundQuestionEntity } from '../database/entities';

/** Papers: minutes to appeal after the result is out, unless the organizer set a window. */
export const PAPER_APPEAL_MINUTES = 10;

/** When an answer's question ended for its team and when its result came out: the appeal window is read from these. */
export interface AppealTiming {
  visibility: ResultVisibility;
  rq: Pick<RoundQuestionEntity, 'status' | 'closedAt'> | null;
  paper: Pick<PaperEntity, 'submittedAt' | 'deadline'> | null;
  paperWindow: Pick<PaperWindowEntity, 'closedAt'> | null;
  /** When the last question of a live round closed, once every one has. */
  roundEndedAt: Date | null;
  /** When the answer got its current grade (a judged answer may be graded well after the close). */
  gradedAt: Date | null;
}

const latest = (dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));
const earliest = (dates: Date[]) => new Date(Math.min(...dates.map((d) => d.getTime())));
const present = (dates: (Date | null | undefined)[]) => dates.filter((d): d is Date => d instanceof Date);

/**
 * When a team may start appealing an answer: once its question ended (a paper handed in, collected or
 * out of time), its result was released to the team (after the round, for results held that long) and
 * it was graded. Null while any of these is still ahead.
 */
export function appealOpensAt(t: AppealTiming): Date | null {
  const ends = t.paper ? present([t.paper.submittedAt, t.paperWindow?.closedAt, t.paper.deadline]) : [];
  const ended = t.paper ? (ends.length ? earliest(ends) : null) : t.rq?.closedAt && (t.rq.status === 'closed' || t.rq.status === 'revealed') ? t.rq.closedAt : null;
  if (!ended) return null;
  const released = t.visibility !== 'after-round' ? ended : t.paper ? (t.paperWindow?.closedAt ?? null) : t.roundEndedAt;
  if (!released) return null;
  return latest(present([ended, released, t.gradedAt]));
}

/**
 * When the window closes: the organizer's minutes after it opened, else (papers) 10 minutes, else when
 * the next question opened after the result came out (null: none has yet, the window is still open).
 */
export function appealClosesAt(opensAt: Date, paper: boolean, windowMinutes: number | null | undefined, nextOpenedAt: Date | null): Date | null {
  const minutes = windowMinutes ?? (paper ? PAPER_APPEAL_MINUTES : null);
  return minutes ? new Date(opensAt.getTime() + minutes * 60_000) : nextOpenedAt;
}
