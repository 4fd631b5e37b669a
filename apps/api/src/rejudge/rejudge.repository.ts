import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import type { GradeResult } from '@jingsai/grading';
import { AuditLogEntity, ContestEntity, GradeEntity, RoundEntity, SubmissionEntity } from '../database/entities';
import { newId } from '../common/ids';
import { Transactions } from '../database/transactions';

export interface RegradeCandidate {
  submission: SubmissionEntity;
  round: RoundEntity;
}

@Injectable()
export class RejudgeRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  /** Auto-graded answers to a question (judged short answers are the panel's, never regraded here). */
  async autoGraded(questionId: string): Promise<RegradeCandidate[]> {
    const submissions = await this.db.getRepository(SubmissionEntity).findBy({ questionId, status: 'graded' });
    if (submissions.length === 0) return [];
    const grades = await this.db.getRepository(GradeEntity).findBy({ submissionId: In(submissions.map((s) => s.id)), supersededAt: IsNull() });
    const bySubmission = new Map(grades.map((g) => [g.submissionId, g]));
    const rounds = await this.db.getRepository(RoundEntity).findBy({ id: In([...new Set(submissions.map((s) => s.roundId))]) });
    return submissions
      .filter((s) => bySubmission.get(s.id)?.source !== 'judges')
      .map((submission) => ({ submission, round: rounds.find((r) => r.id === submission.roundId) as RoundEntity }));
  }

  /**
   * Applies new grades in one transaction: old grades are superseded (kept), new ones are added
   * with source 'rejudge', submissions take the new score, and each touched contest's version moves.
   */
  async applyRegrades(changes: { submission: SubmissionEntity; result: GradeResult }[], actorId: string, questionId: string, at: Date): Promise<string[]> {
    const contestIds = [...new Set(changes.map((c) => c.submission.contestId))];
    await this.tx.run(async (tx) => {
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
      for (const contestId of contestIds) {
        await tx.getRepository(ContestEntity).increment({ id: contestId }, 'version', 1);
        await tx.getRepository(AuditLogEntity).insert({
          id: newId(),
          contestId,
          actorId,
          action: 'question.rejudge',
          entityId: questionId,
          before: null,
          after: { regraded: changes.filter((c) => c.submission.contestId === contestId).length },
          reason: null,
        });
      }
    });
    return contestIds;
  }
}
