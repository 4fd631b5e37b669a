import { Clock } from '../../apps/api/src/common/clock';

/** The server's clock, moved by the test: real time plus an offset, so timers still run. */
export class FakeClock extends Clock {
  private offsetMs = 0;

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Moves the clock to `at` (never backwards). */
  setTo(at: Date | string): void {
    this.offsetMs += Math.max(0, new Date(at).getTime() - this.now().getTime());
  }
}
