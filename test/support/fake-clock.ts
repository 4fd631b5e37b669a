import { Clock } from '../../apps/api/src/common/clock';

/** The server's clock, moved by the test: real time plus an offset, so timers still run. */
export class FakeClock extends Clock {
  private movedMs = 0;

  override now(): Date {
    return new Date(Date.now() + this.movedMs);
  }

  advance(ms: number): void {
    this.movedMs += ms;
  }

  /** Moves the clock to `at` (never backwards). */
  setTo(at: Date | string): void {
    this.movedMs += Math.max(0, new Date(at).getTime() - this.now().getTime());
  }
}
