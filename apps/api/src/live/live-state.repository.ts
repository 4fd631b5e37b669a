import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not } from 'typeorm';
import { newId } from '../common/ids';
import { Transactions } from '../database/transactions';
import { isUniqueViolation } from '../contests/contest.repository';
import {
  AdjustmentEntity, AuditLogEntity, BuzzEntity, RoundEntity, RoundQuestionEntity, StakeEntity, SubmissionEntity,
} from '../database/entities';

export type AuditEntry = Omit<AuditLogEntity, 'id' | 'createdAt'> & { createdAt: Date };

/** Thrown by `insertBuzz` when the team already buzzed on the question. */
export class DuplicateBuzzError extends Error {}

/** The live-contest state beside the questions themselves: buzzes, stakes, adjustments, audit log. */
@Injectable()
export class LiveStateRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  /** Every placement of a question in a contest, rounds in order. */
  findRoundQuestionsOf(contestId: string, questionId: string): Promise<RoundQuestionEntity[]> {
    return this.db
      .getRepository(RoundQuestionEntity)
      .createQueryBuilder('rq')
      .innerJoin(RoundEntity, 'r', 'r.id = rq.roundId')
      .where('rq.contestId = :contestId AND rq.questionId = :questionId', { contestId, questionId })
      .orderBy('r.position', 'ASC')
      .addOrderBy('rq.position', 'ASC')
      .getMany();
  }

  listBuzzes(roundQuestionId: string): Promise<BuzzEntity[]> {
    return this.db.getRepository(BuzzEntity).find({ where: { roundQuestionId }, order: { seq: 'ASC' } });
  }

  /**
   * Records a buzz with the next sequence number of its question. The unique indexes
   * (question, team) and (question, seq) make it safe across api nodes: a lost seq race retries.
   */
  async insertBuzz(buzz: Omit<BuzzEntity, 'id' | 'seq'>): Promise<BuzzEntity> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.tx.run(async (tx) => {
          const repo = tx.getRepository(BuzzEntity);
          if ((await repo.countBy({ roundQuestionId: buzz.roundQuestionId, teamId: buzz.teamId })) > 0) throw new DuplicateBuzzError();
          const max = await repo
            .createQueryBuilder('b')
            .select('MAX(b.seq)', 'max')
            .where('b.roundQuestionId = :id', { id: buzz.roundQuestionId })
            .getRawOne<{ max: number | string | null }>();
          const row = repo.create({ ...buzz, id: newId(), seq: Number(max?.max ?? 0) + 1 });
          await repo.insert(row);
          return row;
        });
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 20) throw error;
      }
    }
  }

  /** Teams whose graded answer to the question was wrong (no partial credit). */
  async listWrongTeams(roundQuestionId: string): Promise<string[]> {
    const rows = await this.db.getRepository(SubmissionEntity).find({
      select: { teamId: true, score: true },
      where: { roundQuestionId, status: 'graded', correct: false },
      order: { receivedAt: 'ASC' },
    });
    return [...new Set(rows.filter((r) => (r.score ?? 0) <= 0).map((r) => r.teamId))];
  }

  findStake(roundQuestionId: string, teamId: string): Promise<StakeEntity | null> {
    return this.db.getRepository(StakeEntity).findOneBy({ roundQuestionId, teamId });
  }

  /** Every team's stake on the question, earliest first. */
  listStakes(roundQuestionId: string): Promise<StakeEntity[]> {
    return this.db.getRepository(StakeEntity).find({ where: { roundQuestionId }, order: { createdAt: 'ASC' } });
  }

  /** The team's stakes on the round's other questions (the tiers it has used). */
  listOtherStakes(roundId: string, teamId: string, exceptRoundQuestionId: string): Promise<StakeEntity[]> {
    return this.db.getRepository(StakeEntity).findBy({ roundId, teamId, roundQuestionId: Not(exceptRoundQuestionId) });
  }

  /** Places a stake, or changes the team's stake on that question (only ever before it opens). */
  async saveStake(stake: Omit<StakeEntity, 'id'>): Promise<StakeEntity> {
    return this.tx.run(async (tx) => {
      const repo = tx.getRepository(StakeEntity);
      const existing = await repo.findOneBy({ roundQuestionId: stake.roundQuestionId, teamId: stake.teamId });
      if (existing) {
        await repo.update({ id: existing.id }, { points: stake.points, createdAt: stake.createdAt });
        return { ...existing, points: stake.points, createdAt: stake.createdAt };
      }
      const row = repo.create({ ...stake, id: newId() });
      await repo.insert(row);
      return row;
    });
  }

  /** An adjustment and its audit entry, written together. */
  async insertAdjustment(adjustment: Omit<AdjustmentEntity, 'id'>, audit: Omit<AuditEntry, 'entityId'>): Promise<AdjustmentEntity> {
    return this.tx.run(async (tx) => {
      const row = tx.getRepository(AdjustmentEntity).create({ ...adjustment, id: newId() });
      await tx.getRepository(AdjustmentEntity).insert(row);
      await tx.getRepository(AuditLogEntity).insert({ ...audit, id: newId(), entityId: row.id });
      return row;
    });
  }

  async insertAudit(entry: AuditEntry): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(AuditLogEntity).insert({ ...entry, id: newId() }));
  }

  listAudit(contestId: string): Promise<AuditLogEntity[]> {
    return this.db.getRepository(AuditLogEntity).find({ where: { contestId }, order: { createdAt: 'ASC' } });
  }

  async setDeadline(roundQuestionId: string, deadline: Date): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(RoundQuestionEntity).update({ id: roundQuestionId }, { deadline }));
  }

  async markRevealed(roundQuestionId: string): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(RoundQuestionEntity).update({ id: roundQuestionId }, { status: 'revealed' }));
  }
}
