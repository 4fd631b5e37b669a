import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LifelineKind } from '@jingsai/domain';
import { newId } from '../../common/ids';
import { isUniqueViolation } from '../../database/unique-violation';
import { AuditLogEntity, LifelineUseEntity } from '../../database/entities';
import { Transactions } from '../../database/transactions';
import type { AuditEntry } from '../../audit/audit.repository';

export type LifelineUseOutcome =
  | { outcome: 'used'; use: LifelineUseEntity }
  | { outcome: 'already-used' }
  | { outcome: 'exhausted' };

/** Lifeline uses (智囊团…): one per team per question and kind, at most `limit` per team and kind. */
@Injectable()
export class LifelineRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  countUses(contestId: string, teamId: string, kind: LifelineKind): Promise<number> {
    return this.db.getRepository(LifelineUseEntity).countBy({ contestId, teamId, kind });
  }

  listUses(contestId: string): Promise<LifelineUseEntity[]> {
    return this.db.getRepository(LifelineUseEntity).find({ where: { contestId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Records a use numbered `seq` = uses so far + 1, with its audit entry, in one transaction. The
   * unique indexes (question, team, kind) and (contest, team, kind, seq) settle races between api
   * nodes: the loser retries and then sees the question used or the limit reached.
   */
  async insertUse(use: Omit<LifelineUseEntity, 'id' | 'seq' | 'createdAt'>, limit: number, audit: Omit<AuditEntry, 'entityId' | 'after'>): Promise<LifelineUseOutcome> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.tx.run(async (tx): Promise<LifelineUseOutcome> => {
          const repo = tx.getRepository(LifelineUseEntity);
          if ((await repo.countBy({ roundQuestionId: use.roundQuestionId, teamId: use.teamId, kind: use.kind })) > 0) return { outcome: 'already-used' };
          const used = await repo.countBy({ contestId: use.contestId, teamId: use.teamId, kind: use.kind });
          if (used >= limit) return { outcome: 'exhausted' };
          const row = repo.create({ ...use, id: newId(), seq: used + 1, createdAt: audit.createdAt });
          await repo.insert(row);
          await tx.getRepository(AuditLogEntity).insert({
            ...audit,
            id: newId(),
            entityId: row.id,
            after: { kind: row.kind, teamId: row.teamId, questionId: row.questionId, seq: row.seq, remaining: limit - row.seq },
          });
          return { outcome: 'used', use: row };
        });
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 20) throw error;
      }
    }
  }
}
