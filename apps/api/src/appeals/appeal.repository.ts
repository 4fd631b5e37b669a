import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { resultVisibilityOf } from '@jingsai/scoring';
import { DataSource, In, IsNull, MoreThan, Not } from 'typeorm';
import { AuditRepository, type AuditEntry } from '../audit/audit.repository';
import { newId } from '../common/ids';
import {
  AppealEntity, ContestEntity, GradeEntity, PaperEntity, PaperWindowEntity, RoundEntity, RoundQuestionEntity, SubmissionEntity, roundSettingsOf,
} from '../database/entities';
import { Transactions } from '../database/transactions';
import { isUniqueViolation } from '../database/unique-violation';
import type { AppealTiming } from './appeal-window';

@Injectable()
export class AppealRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  findById(id: string): Promise<AppealEntity | null> {
    return this.db.getRepository(AppealEntity).findOneBy({ id });
  }

  listForContest(contestId: string): Promise<AppealEntity[]> {
    return this.db.getRepository(AppealEntity).find({ where: { contestId }, order: { createdAt: 'ASC' } });
  }

  listForTeam(contestId: string, teamId: string): Promise<AppealEntity[]> {
    return this.db.getRepository(AppealEntity).find({ where: { contestId, teamId }, order: { createdAt: 'ASC' } });
  }

  async timing(submission: SubmissionEntity): Promise<AppealTiming> {
    const [rq, round, placements] = await Promise.all([
      this.db.getRepository(RoundQuestionEntity).findOneBy({ id: submission.roundQuestionId }),
      this.db.getRepository(RoundEntity).findOneByOrFail({ id: submission.roundId }),
      this.db.getRepository(RoundQuestionEntity).find({ select: { status: true, closedAt: true }, where: { roundId: submission.roundId } }),
    ]);
    const paperId = submission.answerSlot && !submission.answerSlot.startsWith(submission.roundQuestionId) ? submission.answerSlot.split(':')[0] : null;
    const paper = paperId ? await this.db.getRepository(PaperEntity).findOneBy({ id: paperId }) : null;
    const paperWindow = paper ? await this.db.getRepository(PaperWindowEntity).findOneBy({ roundId: paper.roundId }) : null;
    const allClosed = placements.every((p) => p.closedAt && (p.status === 'closed' || p.status === 'revealed'));
    const roundEndedAt = allClosed && placements.length ? new Date(Math.max(...placements.map((p) => (p.closedAt as Date).getTime()))) : null;
    return { visibility: resultVisibilityOf(roundSettingsOf(round)), rq, paper, paperWindow, roundEndedAt, gradedAt: submission.gradedAt };
  }

  /** The grade each answer was appealed against: its latest grade that did not come from an appeal. */
  async appealedGrades(submissionIds: string[]): Promise<Map<string, GradeEntity>> {
    if (submissionIds.length === 0) return new Map();
    const rows = await this.db.getRepository(GradeEntity).find({ where: { submissionId: In(submissionIds), source: Not('appeal') }, order: { createdAt: 'ASC' } });
    return new Map(rows.map((g) => [g.submissionId, g]));
  }

  /** The first question of the contest opened after `at`. */
  async nextOpenedAfter(contestId: string, at: Date): Promise<Date | null> {
    const next = await this.db.getRepository(RoundQuestionEntity).findOne({ where: { contestId, openedAt: MoreThan(at) }, order: { openedAt: 'ASC' } });
    return next?.openedAt ?? null;
  }

  /** Files an appeal with its audit entry; null when the answer was appealed already (once per answer). */
  async file(appeal: Omit<AppealEntity, 'createdAt'>, audit: AuditEntry): Promise<AppealEntity | null> {
    try {
      return await this.tx.run(async (tx) => {
        // Checked first so a repeat is not a failed query in the log; the unique index settles a race.
        if (await tx.getRepository(AppealEntity).existsBy({ submissionId: appeal.submissionId })) return null;
        await tx.getRepository(AppealEntity).insert(appeal);
        await AuditRepository.insertIn(tx, audit);
        return tx.getRepository(AppealEntity).findOneByOrFail({ id: appeal.id });
      });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  /**
   * Decides a pending appeal once, in one transaction: accepted, the answer gets the new score as a grade
   * of its own (the old one is kept, superseded) and the contest's version moves, so the board replays;
   * every decision is audited. Null when the appeal was no longer pending.
   */
  async decide(
    appeal: AppealEntity,
    decision: { accept: boolean; score: number | null; correct: boolean | null; reply: string; by: string; at: Date },
    audit: AuditEntry,
  ): Promise<AppealEntity | null> {
    return this.tx.run(async (tx) => {
      const status = decision.accept ? 'accepted' : 'rejected';
      const updated = await tx
        .getRepository(AppealEntity)
        .update({ id: appeal.id, status: 'pending' }, { status, scoreAfter: decision.accept ? decision.score : null, reply: decision.reply, decidedBy: decision.by, decidedAt: decision.at });
      if (!updated.affected) return null;
      if (decision.accept && decision.score !== null) {
        await tx.getRepository(GradeEntity).update({ submissionId: appeal.submissionId, supersededAt: IsNull() }, { supersededAt: decision.at });
        await tx.getRepository(GradeEntity).insert({
          id: newId(),
          submissionId: appeal.submissionId,
          status: 'graded',
          score: decision.score,
          correct: decision.correct,
          detail: null,
          source: 'appeal',
          supersededAt: null,
        });
        await tx.getRepository(SubmissionEntity).update({ id: appeal.submissionId }, { score: decision.score, correct: decision.correct, gradedAt: decision.at });
        await tx.getRepository(ContestEntity).increment({ id: appeal.contestId }, 'version', 1);
      }
      await AuditRepository.insertIn(tx, audit);
      return tx.getRepository(AppealEntity).findOneByOrFail({ id: appeal.id });
    });
  }
}
