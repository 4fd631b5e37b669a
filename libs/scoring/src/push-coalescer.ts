export interface PushDecision {
  pushNow: boolean;
  /** Set only when the caller must start a timer to push at this time (epoch ms). */
  pushAt?: number;
}

/**
 * Coalesces leaderboard pushes to at most one per `minIntervalMs` (500 ms = 2 a second).
 * Pure: `now` is passed in and the caller (the gateway) owns the timer. Protocol:
 * call `request(now)` on every change; push if `pushNow`; start a timer if `pushAt` is set;
 * when the timer fires, call `timerFired(now)` and push the latest board.
 */
export class PushCoalescer {
  private lastPushAt: number | null = null;
  private scheduledAt: number | null = null;

  constructor(private readonly minIntervalMs = 500) {}

  request(now: number): PushDecision {
    // A timer is already pending: it will carry this change too.
    if (this.scheduledAt !== null) return { pushNow: false };
    if (this.lastPushAt === null || now - this.lastPushAt >= this.minIntervalMs) {
      this.lastPushAt = now;
      return { pushNow: true };
    }
    this.scheduledAt = this.lastPushAt + this.minIntervalMs;
    return { pushNow: false, pushAt: this.scheduledAt };
  }

  /** The scheduled push happened at `now`. */
  timerFired(now: number): void {
    this.scheduledAt = null;
    this.lastPushAt = now;
  }
}
