import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, Not } from 'typeorm';
import { AuditRepository, type AuditEntry } from '../audit/audit.repository';
import { newId } from '../common/ids';
import {
  AppealEntity, ContestEntity, GradeEntity, PaperEntity, PaperWindowEntity, RoundQuestionEntity, SubmissionEntity,
} from '../database/entities';
import { Transactions } from '../database/transactions';
import { isUniqueViolation } from '../database/unique-violation';

/** When an answer's question ended for its team, and what came after: the appeal window is read from these. */
export interface AppealTiming {
  rq: RoundQuestionEntity | null;
  paper: PaperEntity | null;
  paperWindow: PaperWindowEntity | null;
  /** The first question opened after this one closed (a live question's window ends there by default). */
  nextOpenedAt: Date | null;
}

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
    const rq = await this.db.getRepository(RoundQuestionEntity).findOneBy({ id: submission.roundQuestionId });
    const paperId = submission.answerSlot && !submission.answerSlot.startsWith(submission.roundQuestionId) ? submission.answerSlot.split(':')[0] : null;
    const paper = paperId ? await this.db.getRepository(PaperEntity).findOneBy({ id: paperId }) : null;
    const paperWindow = paper ? await this.db.getRepository(PaperWindowEntity).findOneBy({ roundId: paper.roundId }) : null;
    const next = rq?.closedAt
      ? await this.db.getRepository(RoundQuestionEntity).findOne({
          where: { contestId: submission.contestId, openedAt: MoreThan(rq.closedAt), id: Not(rq.id) },
          order: { openedAt: 'ASC' },
        })
      : null;
    return { rq, paper, paperWindow, nextOpenedAt: next?.openedAt ?? null };
  }

  /** Files an appeal with its audit entry; null when the answer was appealed already (once per answer). */
  async file(appeal: Omit<AppealEntity, 'createdAt'>, audit: AuditEntry): Promise<AppealEntity | null> {
    try {
      return await this.tx.run(async (tx) => {
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
