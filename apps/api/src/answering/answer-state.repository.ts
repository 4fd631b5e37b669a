import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { BuzzEntity, RoundEntity, RoundQuestionEntity, StakeEntity, SubmissionEntity } from '../database/entities';
import type { RoundKindState } from '../round-kinds/round-kind.plugin';

/**
 * What deciding an answer reads of a live question: the current question and its round, the buzz
 * order, the wrong teams and the stakes. Answering, live views and the round kinds share it.
 */
@Injectable()
export class AnswerStateRepository implements RoundKindState {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findRound(id: string): Promise<RoundEntity | null> {
    return this.db.getRepository(RoundEntity).findOneBy({ id });
  }

  /** The most recently opened question (open, closed or revealed): what the live view shows. */
  findCurrentRoundQuestion(contestId: string): Promise<RoundQuestionEntity | null> {
    return this.db.getRepository(RoundQuestionEntity).findOne({
      where: { contestId, openedAt: Not(IsNull()) },
      order: { openedAt: 'DESC' },
    });
  }

  listBuzzes(roundQuestionId: string): Promise<BuzzEntity[]> {
    return this.db.getRepository(BuzzEntity).find({ where: { roundQuestionId }, order: { seq: 'ASC' } });
  }

  /** Teams whose graded answer to the question was wrong (no partial credit). */
  listWrongTeams(roundQuestionId: string): Promise<string[]> {
    return AnswerStateRepository.wrongTeams(this.db.manager, roundQuestionId);
  }

  /** The same, inside a caller's transaction (a buzz reads it where it is recorded). */
  static async wrongTeams(db: EntityManager, roundQuestionId: string): Promise<string[]> {
    const rows = await db.getRepository(SubmissionEntity).find({
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
}
