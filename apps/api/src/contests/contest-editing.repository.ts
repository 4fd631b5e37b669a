import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AdjustmentEntity, BuzzEntity, ContestEntity, ContestJudgeEntity, ContestQuestionEntity, ContestantEntity, JoinRequestEntity, LifelineUseEntity,
  PaperEntity, PaperWindowEntity, QuestionBankEntity, QuestionEntity, ReviewEntity, RoundEntity, RoundQuestionEntity, StakeEntity, SubmissionEntity,
  TeamEntity,
} from '../database/entities';
import { Transactions } from '../database/transactions';

/**
 * Renames and deletions. Deleting is only ever allowed before any answer exists (the caller checks,
 * and each delete checks again inside its transaction), so no result is ever lost; afterwards
 * contests are archived instead.
 */
@Injectable()
export class ContestEditingRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  countAnswers(where: { contestId?: string; teamId?: string; roundId?: string }): Promise<number> {
    return this.db.getRepository(SubmissionEntity).countBy(where);
  }

  /** Reviews a judge gave on answers still waiting for the panel. */
  async pendingReviewsOf(contestId: string, judgeId: string): Promise<number> {
    return this.db
      .getRepository(ReviewEntity)
      .createQueryBuilder('r')
      .innerJoin(SubmissionEntity, 's', 's.id = r.submissionId')
      .where('r.judgeId = :judgeId AND s.contestId = :contestId AND s.status = :review', { judgeId, contestId, review: 'review' })
      .getCount();
  }

  async removeJudge(contestId: string, userId: string): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(ContestJudgeEntity).delete({ contestId, userId }));
  }

  async updateRound(id: string, patch: Partial<Pick<RoundEntity, 'title' | 'secondsPerQuestion'>>): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(RoundEntity).update({ id }, patch));
  }

  async renameBank(id: string, name: string): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(QuestionBankEntity).update({ id }, { name }));
  }

  /** Deletes a bank and its questions unless a contest uses it (contests keep copies, but the link stays visible). */
  async deleteBank(id: string): Promise<boolean> {
    return this.tx.run(async (tx) => {
      if (await tx.getRepository(ContestQuestionEntity).countBy({ bankId: id })) return false;
      await tx.getRepository(QuestionEntity).delete({ bankId: id });
      await tx.getRepository(QuestionBankEntity).delete({ id });
      return true;
    });
  }

  async deleteTeam(teamId: string): Promise<boolean> {
    return this.tx.run(async (tx) => {
      if (await tx.getRepository(SubmissionEntity).countBy({ teamId })) return false;
      await ContestEditingRepository.deleteLiveRows(tx, { teamId });
      await tx.getRepository(ContestantEntity).delete({ teamId });
      await tx.getRepository(TeamEntity).delete({ id: teamId });
      return true;
    });
  }

  /** Deletes a round and its placements, renumbering the rounds after it; the contest's copies of questions no round uses go too. */
  async deleteRound(round: RoundEntity): Promise<boolean> {
    return this.tx.run(async (tx) => {
      if (await tx.getRepository(SubmissionEntity).countBy({ roundId: round.id })) return false;
      const placements = await tx.getRepository(RoundQuestionEntity).findBy({ roundId: round.id });
      const ids = placements.map((p) => p.id);
      if (ids.length) {
        await tx.getRepository(BuzzEntity).delete({ roundQuestionId: In(ids) });
        await tx.getRepository(StakeEntity).delete({ roundQuestionId: In(ids) });
        await tx.getRepository(LifelineUseEntity).delete({ roundQuestionId: In(ids) });
        await tx.getRepository(RoundQuestionEntity).delete({ roundId: round.id });
      }
      await tx.getRepository(PaperEntity).delete({ roundId: round.id });
      await tx.getRepository(PaperWindowEntity).delete({ roundId: round.id });
      await tx.getRepository(RoundEntity).delete({ id: round.id });
      const later = await tx.getRepository(RoundEntity).findBy({ contestId: round.contestId });
      for (const r of later.filter((x) => x.position > round.position)) await tx.getRepository(RoundEntity).update({ id: r.id }, { position: r.position - 1 });
      const used = new Set((await tx.getRepository(RoundQuestionEntity).findBy({ contestId: round.contestId })).map((p) => p.questionId));
      const orphans = placements.map((p) => p.questionId).filter((q) => !used.has(q));
      if (orphans.length) await tx.getRepository(ContestQuestionEntity).delete({ contestId: round.contestId, questionId: In(orphans) });
      return true;
    });
  }

  async deleteContest(contestId: string): Promise<boolean> {
    return this.tx.run(async (tx) => {
      if (await tx.getRepository(SubmissionEntity).countBy({ contestId })) return false;
      await ContestEditingRepository.deleteLiveRows(tx, { contestId });
      const rounds = await tx.getRepository(RoundEntity).findBy({ contestId });
      if (rounds.length) {
        await tx.getRepository(PaperEntity).delete({ roundId: In(rounds.map((r) => r.id)) });
        await tx.getRepository(PaperWindowEntity).delete({ contestId });
      }
      await tx.getRepository(RoundQuestionEntity).delete({ contestId });
      await tx.getRepository(RoundEntity).delete({ contestId });
      await tx.getRepository(ContestQuestionEntity).delete({ contestId });
      await tx.getRepository(JoinRequestEntity).delete({ contestId });
      await tx.getRepository(ContestantEntity).delete({ contestId });
      await tx.getRepository(TeamEntity).delete({ contestId });
      await tx.getRepository(ContestJudgeEntity).delete({ contestId });
      await tx.getRepository(AdjustmentEntity).delete({ contestId });
      await tx.getRepository(ContestEntity).delete({ id: contestId });
      return true;
    });
  }

  /** Buzzes, stakes and lifeline uses of a team (or a whole contest): made before any answer, they go with it. */
  private static async deleteLiveRows(tx: EntityManager, where: { teamId: string } | { contestId: string }): Promise<void> {
    if ('teamId' in where) {
      await tx.getRepository(BuzzEntity).delete({ teamId: where.teamId });
      await tx.getRepository(StakeEntity).delete({ teamId: where.teamId });
      await tx.getRepository(LifelineUseEntity).delete({ teamId: where.teamId });
      await tx.getRepository(JoinRequestEntity).delete({ teamId: where.teamId });
      return;
    }
    const placements = (await tx.getRepository(RoundQuestionEntity).findBy({ contestId: where.contestId })).map((p) => p.id);
    if (placements.length) {
      await tx.getRepository(BuzzEntity).delete({ roundQuestionId: In(placements) });
      await tx.getRepository(StakeEntity).delete({ roundQuestionId: In(placements) });
    }
    await tx.getRepository(LifelineUseEntity).delete({ contestId: where.contestId });
  }
}
