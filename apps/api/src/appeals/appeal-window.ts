import type { AppealTiming } from './appeal.repository';

/** Papers: minutes to appeal after a paper is handed in or collected, unless the organizer set a window. */
export const PAPER_APPEAL_MINUTES = 10;

/**
 * When a team may appeal an answer: from the moment its question ended (a paper handed in, collected or
 * out of time) until the organizer's window passes — by default until the next question opens (papers:
 * 10 minutes). Null when the question has not ended yet.
 */
export function appealWindow(timing: AppealTiming, windowMinutes: number | null | undefined): { from: Date; until: Date | null } | null {
  const minutes = (from: Date, m: number) => new Date(from.getTime() + m * 60_000);
  if (timing.paper) {
    const ends = [timing.paper.submittedAt, timing.paperWindow?.closedAt, timing.paper.deadline].filter((d): d is Date => d instanceof Date);
    const from = new Date(Math.min(...ends.map((d) => d.getTime())));
    return { from, until: minutes(from, windowMinutes ?? PAPER_APPEAL_MINUTES) };
  }
  const rq = timing.rq;
  if (!rq?.closedAt || (rq.status !== 'closed' && rq.status !== 'revealed')) return null;
  return { from: rq.closedAt, until: windowMinutes ? minutes(rq.closedAt, windowMinutes) : timing.nextOpenedAt };
}
