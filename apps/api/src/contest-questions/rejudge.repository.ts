import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { GradeResult } from '@jingsai/grading';
import { AuditRepository, type AuditEntry } from '../audit/audit.repository';
import { newId } from '../common/ids';
import { ContestEntity, GradeEntity, RoundEntity, SubmissionEntity } from '../database/entities';
import { Transactions } from '../database/transactions';
import { ContestQuestionRepository, type ContestQuestion } from './contest-question.repository';

export interface RegradeCandidate {
  submission: SubmissionEntity;
  round: RoundEntity;
}

export type RegradeChange = { submission: SubmissionEntity; result: GradeResult };

/** Regrading a contest's answers to one question; never reaches another contest. */
@Injectable()
export class RejudgeRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  /** The contest's auto-graded answers to a question (judged short answers are the panel's, never regraded here). */
  candidates(contestId: string, questionId: string): Promise<RegradeCandidate[]> {
    return RejudgeRepository.autoGraded(this.db.manager, contestId, questionId);
  }

  /**
   * A fix and its regrade as one transaction: the contest's copy is replaced first (its row lock makes
   * grading in flight finish before, and grading to come wait until after), then every auto-graded
   * answer is read and regraded with `regrade`. Old grades are superseded (kept), audited, the version moves.
   */
  async fixAndRegrade(
    fixed: ContestQuestion | null,
    contestId: string,
    questionId: string,
    regrade: (candidates: RegradeCandidate[]) => RegradeChange[],
    audit: Omit<AuditEntry, 'contestId' | 'entityId' | 'action'> & { action: string },
  ): Promise<{ total: number; changes: RegradeChange[] }> {
    return this.tx.run(async (tx) => {
      if (fixed) await ContestQuestionRepository.replace(tx, fixed);
      const candidates = await RejudgeRepository.autoGraded(tx, contestId, questionId);
      const changes = regrade(candidates);
      const at = audit.createdAt;
      for (const { submission, result } of changes) {
        const review = result.status === 'review';
        await tx.getRepository(GradeEntity).update({ submissionId: submission.id, supersededAt: IsNull() }, { supersededAt: at });
        await tx.getRepository(GradeEntity).insert({
          id: newId(),
          submissionId: submission.id,
          status: result.status,
          score: result.score,
          correct: result.correct,
          detail: result.detail ?? null,
          source: 'rejudge',
          supersededAt: null,
        });
        await tx
          .getRepository(SubmissionEntity)
          .update({ id: submission.id }, { status: review ? 'review' : 'graded', score: review ? null : result.score, correct: result.correct, gradedAt: at });
      }
      await tx.getRepository(ContestEntity).increment({ id: contestId }, 'version', 1);
      await AuditRepository.insertIn(tx, {
        ...audit,
        contestId,
        entityId: questionId,
        after: { ...(audit.after ?? {}), regraded: changes.length },
      });
      return { total: candidates.length, changes };
    });
  }

  private static async autoGraded(db: EntityManager, contestId: string, questionId: string): Promise<RegradeCandidate[]> {
    const submissions = await db.getRepository(SubmissionEntity).findBy({ contestId, questionId, status: 'graded' });
    if (submissions.length === 0) return [];
    const grades = await db.getRepository(GradeEntity).findBy({ submissionId: In(submissions.map((s) => s.id)), supersededAt: IsNull() });
    const bySubmission = new Map(grades.map((g) => [g.submissionId, g]));
    const rounds = new Map((await db.getRepository(RoundEntity).findBy({ id: In([...new Set(submissions.map((s) => s.roundId))]) })).map((r) => [r.id, r]));
    return submissions
      .filter((s) => bySubmission.get(s.id)?.source !== 'judges')
      .map((submission) => ({ submission, round: rounds.get(submission.roundId) as RoundEntity }));
  }
}
