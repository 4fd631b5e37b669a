import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { newId } from '../common/ids';
import { AuditLogEntity } from '../database/entities';
import { Transactions } from '../database/transactions';

export type AuditEntry = Omit<AuditLogEntity, 'id' | 'createdAt'> & { createdAt: Date };

/** The audit log: who changed what, when, from what to what, and why. Written with the change it records. */
@Injectable()
export class AuditRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  async insert(entry: AuditEntry): Promise<void> {
    await this.tx.run((tx) => AuditRepository.insertIn(tx, entry));
  }

  /** Inside the caller's transaction, so the entry and the change commit together. */
  static async insertIn(tx: EntityManager, entry: AuditEntry): Promise<void> {
    await tx.getRepository(AuditLogEntity).insert({ ...entry, id: newId() });
  }

  /** A contest's entries, oldest first; with null, the entries of no contest (bank edits, accounts). */
  list(contestId: string | null): Promise<AuditLogEntity[]> {
    return this.db.getRepository(AuditLogEntity).find({ where: { contestId: contestId ?? IsNull() }, order: { createdAt: 'ASC' } });
  }
}
