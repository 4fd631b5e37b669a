export interface PushDecision {
  pushNow: boolean;
  /** Set only when the caller must start a timer to push at this time (epoch ms). */
  pushAt?: number;
}

/** The screens' pace: at most 2 leaderboard pushes a second per contest. */
export const BOARD_PUSH_INTERVAL_MS = 500;

/**
 * Coalesces leaderboard pushes to at most one per `minIntervalMs` (500 ms = 2 a second).
 * Pure: `now` is passed in and the caller (the gateway) owns the timer. Protocol:
 * call `request(now)` on every change; push if `pushNow`; start a timer if `pushAt` is set;
 * when the timer fires, call `timerFired(now)` and push the latest board.
 */
export class PushCoalescer {
  private lastPushAt: number | null = null;
  private scheduledAt: number | null = null;

  constructor(private readonly minIntervalMs = BOARD_PUSH_INTERVAL_MS) {}

  /** `intervalMs` overrides the interval for this change (an audience that grew or shrank). */
  request(now: number, intervalMs = this.minIntervalMs): PushDecision {
    // A timer is already pending: it will carry this change too.
    if (this.scheduledAt !== null) return { pushNow: false };
    if (this.lastPushAt === null || now - this.lastPushAt >= intervalMs) {
      this.lastPushAt = now;
      return { pushNow: true };
    }
    this.scheduledAt = this.lastPushAt + intervalMs;
    return { pushNow: false, pushAt: this.scheduledAt };
  }

  /** The scheduled push happened at `now`. */
  timerFired(now: number): void {
    this.scheduledAt = null;
    this.lastPushAt = now;
  }
}

/** Leaderboard frames one node sends to phones per second, at most: the rest of its time is for answers. */
export const PHONE_BOARD_FRAMES_PER_SEC = 2000;

/**
 * How often contestants' phones get the leaderboard: as often as the screens (`minIntervalMs`) up to 1,000
 * phones on a node, then less often, so that the node writes at most PHONE_BOARD_FRAMES_PER_SEC board frames a
 * second (5,000 phones: every 2.5 s). The projector and staff screens keep their pace.
 */
export function phoneBoardIntervalMs(phones: number, minIntervalMs = BOARD_PUSH_INTERVAL_MS): number {
  return Math.max(minIntervalMs, Math.ceil((phones / PHONE_BOARD_FRAMES_PER_SEC) * 1000));
}
