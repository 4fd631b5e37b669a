import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { GradingQueue } from '../queue/grading.queue';
import { SubmissionRepository } from '../answering/submission.repository';

const SWEEP_BATCH = 500;

/**
 * The database is the source of truth: any submission still pending a few seconds after it was
 * received is enqueued again (a Redis restart, FLUSHALL or a killed worker lost its job).
 * Re-adding is harmless: job id = submission id, and grading is idempotent.
 */
@Injectable()
export class PendingSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(PendingSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly queue: GradingQueue,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const every = Math.max(250, Math.floor(this.config.sweepAfterMs / 2));
    this.timer = setInterval(() => void this.sweep(), every);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Returns how many submissions were re-enqueued. */
  async sweep(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const before = new Date(this.clock.now().getTime() - this.config.sweepAfterMs);
      const stale = await this.submissions.listStalePending(before, SWEEP_BATCH);
      if (stale.length === 0) return 0;
      const queued = await this.queue.queuedIds(stale.map((s) => s.id));
      const lost = stale.filter((s) => !queued.has(s.id)).map((s) => s.id);
      if (lost.length) {
        // A completed/failed job with the same id would block re-adding: remove it first.
        await Promise.all(lost.map((id) => this.queue.raw.remove(id).catch(() => 0)));
        await this.queue.enqueue(lost);
        this.logger.warn(`Re-enqueued ${lost.length} submission(s) still pending after ${this.config.sweepAfterMs} ms`);
      }
      return lost.length;
    } catch (error) {
      this.logger.warn(`Sweep failed (will retry): ${(error as Error).message}`);
      return 0;
    } finally {
      this.running = false;
    }
  }
}
