import { Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';
import { SubmissionEntity } from '../database/entities';
import { Transactions } from '../database/transactions';
import { GradingQueue } from '../queue/grading.queue';

/** Rows per INSERT statement: stays under SQLite's bound-parameter limit (15 columns each). */
const ROWS_PER_STATEMENT = 60;
/** Rows per transaction: one commit for a whole burst. */
const MAX_BATCH = 2000;

export type WriteOutcome = 'inserted' | 'duplicate';

interface Pending {
  row: SubmissionEntity;
  resolve: (outcome: WriteOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * One writer, many rows per transaction. Answers that arrive together are inserted together;
 * each caller learns whether its row went in or hit a unique key (same clientKey, or the answer slot
 * already taken). Only committed rows are enqueued for grading (job id = submission id), in bulk.
 */
@Injectable()
export class SubmissionWriter {
  private readonly logger = new Logger(SubmissionWriter.name);
  private pending: Pending[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly tx: Transactions,
    private readonly queue: GradingQueue,
  ) {}

  write(row: SubmissionEntity): Promise<WriteOutcome> {
    return new Promise<WriteOutcome>((resolve, reject) => {
      this.pending.push({ row, resolve, reject });
      this.flushing ??= new Promise<void>((done) => setImmediate(() => void this.flush().finally(done)));
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, MAX_BATCH);
      try {
        const inserted = await this.insert(batch.map((p) => p.row));
        const toGrade = batch.filter((p) => inserted.has(p.row.id) && p.row.status === 'pending').map((p) => p.row.id);
        // Committed first, then enqueued; if Redis is down the sweeper enqueues them later.
        await this.queue.enqueue(toGrade).catch((error: Error) => this.logger.warn(`Enqueue of ${toGrade.length} failed; the sweeper will retry: ${error.message}`));
        for (const p of batch) p.resolve(inserted.has(p.row.id) ? 'inserted' : 'duplicate');
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    this.flushing = null;
  }

  /** Inserts, skipping rows that hit a unique key, and returns the ids that went in. */
  private insert(rows: SubmissionEntity[]): Promise<Set<string>> {
    return this.tx.run(async (tx) => {
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        await tx.createQueryBuilder().insert().into(SubmissionEntity).values(rows.slice(i, i + ROWS_PER_STATEMENT)).orIgnore().execute();
      }
      const found = new Set<string>();
      const ids = rows.map((r) => r.id);
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = await tx.getRepository(SubmissionEntity).find({ select: { id: true }, where: { id: In(ids.slice(i, i + 500)) } });
        for (const r of chunk) found.add(r.id);
      }
      return found;
    });
  }
}
