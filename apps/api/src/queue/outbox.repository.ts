import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxMessageEntity } from '../database/entities';
import { tableName } from '../database/table-name';
import { Transactions } from '../database/transactions';

/** Live events waiting for Redis, oldest first. Any process may relay them; a claim takes rows once. */
@Injectable()
export class OutboxRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  async add(messages: string[]): Promise<void> {
    if (messages.length === 0) return;
    await this.tx.run((tx) => tx.getRepository(OutboxMessageEntity).insert(messages.map((message) => ({ message }))));
  }

  async isEmpty(): Promise<boolean> {
    return (await this.db.getRepository(OutboxMessageEntity).count({ take: 1 })) === 0;
  }

  /** Removes and returns up to `limit` of the oldest messages; on PostgreSQL nodes claim disjoint rows (SKIP LOCKED). */
  async claim(limit: number): Promise<string[]> {
    return this.tx.run(async (tx) => {
      const table = tableName(tx, OutboxMessageEntity);
      const postgres = tx.connection.options.type === 'postgres';
      const sql = postgres
        ? `DELETE FROM ${table} WHERE seq IN (SELECT seq FROM ${table} ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED) RETURNING seq, message`
        : `DELETE FROM ${table} WHERE seq IN (SELECT seq FROM ${table} ORDER BY seq LIMIT ?) RETURNING seq, message`;
      const result = (await tx.query(sql, [limit])) as unknown[];
      // PostgreSQL answers [rows, count]; SQLite the rows.
      const rows = (Array.isArray(result[0]) ? result[0] : result) as { seq: number | string; message: string }[];
      return rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map((r) => r.message);
    });
  }
}
