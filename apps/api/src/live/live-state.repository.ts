import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not } from 'typeorm';
import { newId } from '../common/ids';
import { Transactions } from '../database/transactions';
import { AuditRepository, type AuditEntry } from '../audit/audit.repository';
import { isUniqueViolation } from '../database/unique-violation';
import { AnswerStateRepository } from '../answering/answer-state.repository';
import {
  AdjustmentEntity, AppealEntity, BuzzEntity, RoundEntity, RoundQuestionEntity, StakeEntity,
} from '../database/entities';

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

  /**
   * Records a team's buzz, numbered by arrival in the database: the one place every api node shares.
   * Inside one transaction it reads the question's state (on PostgreSQL with the row locked, so buzzes
   * of a question queue there and opening it waits for the buzz in flight), lets `admit` refuse
   * it (closed, late, paused), and answers a team that already buzzed with its first buzz. The unique
   * indexes (question, team) and (question, seq) settle races: the loser retries and reads again.
   */
  async recordBuzz(
    buzz: Omit<BuzzEntity, 'id' | 'seq' | 'falseStart'>,
    admit: (rq: RoundQuestionEntity) => void,
  ): Promise<{ buzz: BuzzEntity; repeat: boolean; buzzes: BuzzEntity[]; wrongTeams: string[] }> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.tx.run(async (tx) => {
          const rqQuery = tx.getRepository(RoundQuestionEntity).createQueryBuilder('rq').where('rq.id = :id', { id: buzz.roundQuestionId });
          // One buzz of a question at a time (on PostgreSQL; SQLite writes one at a time anyway): arrival order = seq.
          if (tx.connection.options.type === 'postgres') rqQuery.setLock('pessimistic_write');
          const rq = await rqQuery.getOneOrFail();
          const repo = tx.getRepository(BuzzEntity);
          const existing = await repo.findOneBy({ roundQuestionId: buzz.roundQuestionId, teamId: buzz.teamId });
          if (!existing) admit(rq);
          let row = existing;
          if (!row) {
            const max = await repo
              .createQueryBuilder('b')
              .select('MAX(b.seq)', 'max')
              .where('b.roundQuestionId = :id', { id: buzz.roundQuestionId })
              .getRawOne<{ max: number | string | null }>();
            row = repo.create({ ...buzz, id: newId(), seq: Number(max?.max ?? 0) + 1, falseStart: rq.status === 'pending' });
            await repo.insert(row);
          }
          const buzzes = await repo.find({ where: { roundQuestionId: buzz.roundQuestionId }, order: { seq: 'ASC' } });
          return { buzz: row, repeat: Boolean(existing), buzzes, wrongTeams: await AnswerStateRepository.wrongTeams(tx, buzz.roundQuestionId) };
        });
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 50) throw error;
      }
    }
  }

  /** Teams with an appeal still waiting for a decision. */
  async listTeamsWithOpenAppeals(contestId: string): Promise<string[]> {
    const rows = await this.db.getRepository(AppealEntity).find({ select: { teamId: true }, where: { contestId, status: 'pending' } });
    return [...new Set(rows.map((r) => r.teamId))];
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
      await AuditRepository.insertIn(tx, { ...audit, entityId: row.id });
      return row;
    });
  }

  async setDeadline(roundQuestionId: string, deadline: Date): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(RoundQuestionEntity).update({ id: roundQuestionId }, { deadline }));
  }

  async markRevealed(roundQuestionId: string): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(RoundQuestionEntity).update({ id: roundQuestionId }, { status: 'revealed' }));
  }
}
