import { Injectable } from '@nestjs/common';

/**
 * The server's time is authoritative; services ask this port so tests can move it. On every node it is
 * this machine's time moved to agree with the database server's (DatabaseTime measures the difference),
 * so deadlines, lateness, speed places and grade stamps do not depend on each machine's clock being set.
 */
@Injectable()
export class Clock {
  private databaseOffsetMs = 0;

  now(): Date {
    return new Date(this.systemNow() + this.databaseOffsetMs);
  }

  /** This machine's own time (a test skews it to play a node whose clock is off). */
  systemNow(): number {
    return Date.now();
  }

  /** How far the database's time is ahead of this machine's (DatabaseTime sets it; 0 until measured). */
  get offsetMs(): number {
    return this.databaseOffsetMs;
  }

  alignToDatabase(offsetMs: number): void {
    this.databaseOffsetMs = offsetMs;
  }
}
