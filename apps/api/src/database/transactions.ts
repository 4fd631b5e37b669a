import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The one way to write. TypeORM drives SQLite through a single connection, so two transactions that
 * interleave at an `await` would nest into each other (and a write issued meanwhile would join, or be
 * rolled back with, someone else's transaction). On SQLite every write therefore runs here, one at a
 * time; on PostgreSQL each gets its own pooled connection and they run concurrently.
 */
@Injectable()
export class Transactions {
  private readonly serial: boolean;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.serial = db.options.type === 'better-sqlite3';
  }

  run<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serial) return this.db.transaction(work);
    const result = this.tail.then(() => this.db.transaction(work));
    this.tail = result.catch(() => undefined);
    return result;
  }
}
