import { Injectable, Logger } from '@nestjs/common';
import { MicroBatch } from '../common/micro-batch';
import { SubmissionEntity } from '../database/entities';
import { Transactions } from '../database/transactions';
import { tableName } from '../database/table-name';
import type { EntityManager } from 'typeorm';
import { GradingQueue } from '../queue/grading.queue';

/** Rows per INSERT statement: stays under SQLite's bound-parameter limit (15 columns each). */
const ROWS_PER_STATEMENT = 60;
/** Rows per transaction: one commit for a whole burst. */
const MAX_BATCH = 2000;

export type WriteOutcome = 'inserted' | 'duplicate';

/** Plain SQL for "which of these ids exist": the query builder costs more than the query here. */
function idsInQuery(tx: EntityManager, ids: string[]): { sql: string; params: string[] } {
  const postgres = tx.connection.options.type === 'postgres';
  const marks = ids.map((_, i) => (postgres ? `$${i + 1}` : '?')).join(', ');
  return { sql: `SELECT id FROM ${tableName(tx, SubmissionEntity)} WHERE id IN (${marks})`, params: ids };
}

/**
 * One writer, many rows per transaction. Answers that arrive together are inserted together;
 * each caller learns whether its row went in or hit a unique key (same clientKey, or the answer slot
 * already taken). Only committed rows are enqueued for grading (job id = submission id), in bulk.
 */
@Injectable()
export class SubmissionWriter {
  private readonly logger = new Logger(SubmissionWriter.name);
  private readonly batch = new MicroBatch<SubmissionEntity, WriteOutcome>((rows) => this.writeAll(rows), MAX_BATCH);

  constructor(
    private readonly tx: Transactions,
    private readonly queue: GradingQueue,
  ) {}

  write(row: SubmissionEntity): Promise<WriteOutcome> {
    return this.batch.add(row);
  }

  private async writeAll(rows: SubmissionEntity[]): Promise<WriteOutcome[]> {
    const inserted = await this.insert(rows);
    const toGrade = rows.filter((r) => inserted.has(r.id) && r.status === 'pending').map((r) => r.id);
    // Committed first, then enqueued — without holding up the acknowledgement: while Redis restarts the
    // add waits for the reconnect, and anything it loses the sweeper enqueues again.
    void this.queue.enqueue(toGrade).catch((error: Error) => this.logger.warn(`Enqueue of ${toGrade.length} failed; the sweeper will retry: ${error.message}`));
    return rows.map((r) => (inserted.has(r.id) ? 'inserted' : 'duplicate'));
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
        const { sql, params } = idsInQuery(tx, ids.slice(i, i + 500));
        for (const r of (await tx.query(sql, params)) as { id: string }[]) found.add(r.id);
      }
      return found;
    });
  }
}
