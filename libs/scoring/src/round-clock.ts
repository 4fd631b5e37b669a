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
