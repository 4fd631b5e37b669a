import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';

/** Samples per measurement: the one with the shortest round trip says the most. */
const SAMPLES = 5;
/** Measured again this often: clocks drift, and NTP may step a machine's clock while it runs. */
const REMEASURE_MS = 60_000;
/** A node further off than this says so in its log. */
const WARN_ABOVE_MS = 500;

export interface TimeSample {
  /** This machine's time when the query was sent and when its answer came back. */
  sentAt: number;
  receivedAt: number;
  /** The database server's time, read during the query. */
  databaseAt: number;
}

/** How far the database's time is ahead of this machine's, from the sample with the shortest round trip. */
export function databaseOffsetMs(samples: TimeSample[]): number | null {
  const best = samples.reduce<TimeSample | null>((a, b) => (a && a.receivedAt - a.sentAt <= b.receivedAt - b.sentAt ? a : b), null);
  if (!best) return null;
  const offset = Math.round(best.databaseAt - (best.sentAt + best.receivedAt) / 2);
  return offset === 0 ? 0 : offset; // never -0
}

/**
 * Keeps this node's Clock on the database server's time. With several api nodes and workers on different
 * machines, each machine's own clock would otherwise decide when its answers arrived: a node a few seconds
 * slow would accept answers the others refuse as late and give its contestants earlier speed-round places.
 * The database is the one clock they all share. (On SQLite it is this machine's clock, so the offset is ~0.)
 */
@Injectable()
export class DatabaseTime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseTime.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.measure();
    this.timer = setInterval(() => void this.measure(), REMEASURE_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async measure(): Promise<void> {
    try {
      const samples: TimeSample[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const sentAt = this.clock.systemNow();
        const databaseAt = await this.databaseNow();
        samples.push({ sentAt, receivedAt: this.clock.systemNow(), databaseAt });
      }
      const offset = databaseOffsetMs(samples);
      if (offset === null || !Number.isFinite(offset)) return;
      if (Math.abs(offset) > WARN_ABOVE_MS && Math.abs(offset - this.clock.offsetMs) > WARN_ABOVE_MS) {
        this.logger.warn(`This machine's clock is ${Math.abs(offset)} ms ${offset > 0 ? 'behind' : 'ahead of'} the database's: the database's time is used`);
      }
      this.clock.alignToDatabase(offset);
    } catch (error) {
      this.logger.warn(`Could not read the database's time; keeping the last offset (${this.clock.offsetMs} ms): ${(error as Error).message}`);
    }
  }

  private async databaseNow(): Promise<number> {
    const postgres = this.db.options.type === 'postgres';
    const sql = postgres ? 'SELECT EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS ms' : "SELECT (julianday('now') - 2440587.5) * 86400000.0 AS ms";
    const [row] = (await this.db.query(sql)) as { ms: string | number }[];
    return Number(row.ms);
  }
}
