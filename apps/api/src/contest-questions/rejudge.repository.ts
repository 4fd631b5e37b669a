import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { GradeResult } from '@jingsai/grading';
import { AuditRepository, type AuditEntry } from '../audit/audit.repository';
import { newId } from '../common/ids';
import { ContestEntity, GradeEntity, RoundEntity, SubmissionEntity } from '../database/entities';
import { Transactions } from '../database/transactions';
import { ContestQuestionRepository, type ContestQuestion } from '../answering/contest-question.repository';

export interface RegradeCandidate {
  submission: SubmissionEntity;
  round: RoundEntity;
  /** The contest's copy as stored now (before the change being previewed or applied). */
  question: ContestQuestion;
}

/** Which answers a regrade reads: one question of a contest, or a whole round. */
export type RegradeScope = { contestId: string; questionId: string } | { contestId: string; roundId: string };

export type RegradeChange = { submission: SubmissionEntity; result: GradeResult };

/** Regrading a contest's answers to one question; never reaches another contest. */
@Injectable()
export class RejudgeRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  /** The auto-graded answers in scope (judged answers and accepted appeals are people's decisions, never regraded here). */
  candidates(scope: RegradeScope): Promise<RegradeCandidate[]> {
    return RejudgeRepository.autoGraded(this.db.manager, scope);
  }

  /**
   * A change and its regrade as one transaction: `change` runs first (replacing the contest's copy takes
   * its row lock, so grading in flight finishes before and grading to come waits until after), then every
   * auto-graded answer in scope is read and regraded with `regrade`. Old grades are superseded (kept),
   * the change is audited, the contest's version moves.
   */
  async changeAndRegrade(
    scope: RegradeScope,
    change: (tx: EntityManager) => Promise<void>,
    regrade: (candidates: RegradeCandidate[]) => RegradeChange[],
    audit: Omit<AuditEntry, 'contestId' | 'entityId'>,
  ): Promise<{ total: number; changes: RegradeChange[] }> {
    return this.tx.run(async (tx) => {
      await change(tx);
      const candidates = await RejudgeRepository.autoGraded(tx, scope);
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
      await tx.getRepository(ContestEntity).increment({ id: scope.contestId }, 'version', 1);
      await AuditRepository.insertIn(tx, {
        ...audit,
        contestId: scope.contestId,
        entityId: 'questionId' in scope ? scope.questionId : scope.roundId,
        after: { ...(audit.after ?? {}), regraded: changes.length },
      });
      return { total: candidates.length, changes };
    });
  }

  private static async autoGraded(db: EntityManager, scope: RegradeScope): Promise<RegradeCandidate[]> {
    const where = 'questionId' in scope ? { contestId: scope.contestId, questionId: scope.questionId } : { contestId: scope.contestId, roundId: scope.roundId };
    const submissions = await db.getRepository(SubmissionEntity).findBy({ ...where, status: 'graded' });
    if (submissions.length === 0) return [];
    const grades = await db.getRepository(GradeEntity).findBy({ submissionId: In(submissions.map((s) => s.id)), supersededAt: IsNull() });
    const bySubmission = new Map(grades.map((g) => [g.submissionId, g]));
    const rounds = new Map((await db.getRepository(RoundEntity).findBy({ id: In([...new Set(submissions.map((s) => s.roundId))]) })).map((r) => [r.id, r]));
    const questions = await ContestQuestionRepository.lockForGrading(db, submissions);
    return submissions
      // A judges' score or an accepted appeal is a person's decision: a key fix never overrides it.
      .filter((s) => !['judges', 'appeal'].includes(bySubmission.get(s.id)?.source ?? 'auto'))
      .map((submission) => ({
        submission,
        round: rounds.get(submission.roundId) as RoundEntity,
        question: questions.get(ContestQuestionRepository.key(submission.contestId, submission.questionId)) as ContestQuestion,
      }));
  }
}
