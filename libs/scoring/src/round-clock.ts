/**
 * The server's receive time decides. An answer is late only when it arrives strictly after
 * deadline + grace; late answers are stored as too_late and never scored (the caller filters).
 */
export function isLate(receivedAt: Date, deadline: Date, graceMs: number): boolean {
  return receivedAt.getTime() > deadline.getTime() + Math.max(0, graceMs);
}

/**
 * Milliseconds left on the countdown, never negative. While paused the clock stands still at
 * `pausedAt`; on resume the caller moves the deadline by the pause length.
 */
export function remainingMs(now: Date, deadline: Date, pausedAt?: Date | null): number {
  const reference = pausedAt ?? now;
  return Math.max(0, deadline.getTime() - reference.getTime());
}

/** When a question (or a paper) takes answers: opened, its countdown's end, an earlier close, a pause. */
export interface AnswerWindow {
  openedAt: Date | null;
  deadline: Date | null;
  /** A close before the deadline (the organizer closed it, the paper was handed in or collected). */
  closedAt?: Date | null;
  /** While paused nothing is taken; on resume the caller moves the deadline by the pause. */
  pausedAt?: Date | null;
}

export type AnswerTiming = 'not-open' | 'on-time' | 'paused' | 'late';

/**
 * The one place lateness is decided, for answers, buzzes and papers alike: an answer counts when it
 * arrives between the opening and the end (the deadline or an earlier close) plus the grace.
 */
export function answerTiming(receivedAt: Date, window: AnswerWindow, graceMs: number): AnswerTiming {
  if (!window.openedAt || receivedAt.getTime() < window.openedAt.getTime()) return 'not-open';
  if (window.closedAt && isLate(receivedAt, window.closedAt, graceMs)) return 'late';
  // A paused countdown stands still: its deadline is not reached while paused.
  if (window.pausedAt && receivedAt.getTime() >= window.pausedAt.getTime()) return 'paused';
  if (window.deadline && isLate(receivedAt, window.deadline, graceMs)) return 'late';
  return 'on-time';
}
