import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThan } from 'typeorm';
import type { GradeResult } from '@jingsai/grading';
import { ContestEntity, GradeEntity, SubmissionEntity } from '../database/entities';
import { newId } from '../common/ids';
import { Transactions } from '../database/transactions';

@Injectable()
export class SubmissionRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  private get submissions() {
    return this.db.getRepository(SubmissionEntity);
  }

  insert(submission: SubmissionEntity): Promise<SubmissionEntity> {
    return this.tx.run(async (tx) => {
      await tx.getRepository(SubmissionEntity).insert(submission);
      return submission;
    });
  }

  findById(id: string): Promise<SubmissionEntity | null> {
    return this.submissions.findOneBy({ id });
  }

  findByClientKey(contestantId: string, clientKey: string): Promise<SubmissionEntity | null> {
    return this.submissions.findOneBy({ contestantId, clientKey });
  }

  findBySlot(answerSlot: string): Promise<SubmissionEntity | null> {
    return this.submissions.findOneBy({ answerSlot });
  }

  /** Accepted answers of a contest whose grade counts (graded, or judged short answers with a final score). */
  listScored(contestId: string): Promise<SubmissionEntity[]> {
    return this.submissions.find({ where: { contestId, status: 'graded' } });
  }

  listForRoundQuestion(roundQuestionId: string): Promise<SubmissionEntity[]> {
    return this.submissions.find({ where: { roundQuestionId }, order: { receivedAt: 'ASC' } });
  }

  /** Submissions still pending that were received before `before` (for the sweeper). */
  listStalePending(before: Date, limit: number): Promise<SubmissionEntity[]> {
    return this.submissions.find({ where: { status: 'pending', receivedAt: LessThan(before) }, order: { receivedAt: 'ASC' }, take: limit });
  }

  countByStatus(contestId: string): Promise<{ status: string; count: number }[]> {
    return this.submissions
      .createQueryBuilder('s')
      .select('s.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('s.contestId = :contestId', { contestId })
      .groupBy('s.status')
      .getRawMany<{ status: string; count: string | number }>()
      .then((rows) => rows.map((r) => ({ status: r.status, count: Number(r.count) })));
  }

  /**
   * Writes the first grade of a pending submission. Idempotent: if the submission is no longer
   * pending (a retried or duplicated job), nothing is written and false is returned.
   */
  async recordFirstGrade(submission: SubmissionEntity, result: GradeResult, gradedAt: Date): Promise<boolean> {
    return this.tx.run(async (tx) => {
      const status = result.status === 'review' ? 'review' : 'graded';
      const score = result.status === 'review' ? null : result.score;
      const update = await tx
        .createQueryBuilder()
        .update(SubmissionEntity)
        .set({ status, score, correct: result.correct, gradedAt })
        .where('id = :id AND status = :pending', { id: submission.id, pending: 'pending' })
        .execute();
      if (!update.affected) return false;
      await tx.getRepository(GradeEntity).insert({
        id: newId(),
        submissionId: submission.id,
        status,
        score: result.score,
        correct: result.correct,
        detail: result.detail ?? null,
        source: 'auto',
        supersededAt: null,
      });
      await tx.getRepository(ContestEntity).increment({ id: submission.contestId }, 'version', 1);
      return true;
    });
  }

  async statusesOf(ids: string[]): Promise<SubmissionEntity[]> {
    if (ids.length === 0) return [];
    return this.submissions.findBy({ id: In(ids) });
  }
}
