import { PushCoalescer } from '@jingsai/scoring';

/**
 * Pushes paced per key (a contest), by the PushCoalescer's protocol: the first change goes at once, later ones
 * within the interval become one push at its end, which sends whatever is latest then. Process-local on purpose:
 * it paces what this node writes to its own sockets and decides nothing.
 */
export class PacedPushes {
  private readonly coalescers = new Map<string, PushCoalescer>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly intervalMs: number) {}

  /** Something under `key` changed: `push` now, or once when the interval (this call's, if given) ends. */
  request(key: string, push: () => void, intervalMs = this.intervalMs): void {
    let coalescer = this.coalescers.get(key);
    if (!coalescer) this.coalescers.set(key, (coalescer = new PushCoalescer(this.intervalMs)));
    const decision = coalescer.request(Date.now(), intervalMs);
    if (decision.pushNow) return push();
    if (decision.pushAt === undefined) return;
    const timer = setTimeout(() => {
      this.timers.delete(key);
      coalescer.timerFired(Date.now());
      push();
    }, Math.max(0, decision.pushAt - Date.now()));
    this.timers.set(key, timer);
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
