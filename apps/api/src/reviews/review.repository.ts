import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import {
  AuditLogEntity, ContestEntity, GradeEntity, PaperEntity, PaperWindowEntity, ReviewEntity, RoundQuestionEntity, SubmissionEntity,
} from '../database/entities';
import { newId } from '../common/ids';
import { Transactions } from '../database/transactions';

@Injectable()
export class ReviewRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  /**
   * Short answers of a contest waiting for judges, oldest first, once their question has ended: a live
   * question closed, a paper handed in, collected or past its time. Judges never see a reference answer
   * while anyone may still answer its question.
   */
  async listAwaitingReview(contestId: string, at: Date): Promise<SubmissionEntity[]> {
    const waiting = await this.db.getRepository(SubmissionEntity).find({ where: { contestId, status: 'review' }, order: { receivedAt: 'ASC' } });
    if (waiting.length === 0) return [];
    const paperIds = [...new Set(waiting.filter((s) => s.answerSlot && !s.answerSlot.startsWith(s.roundQuestionId)).map((s) => (s.answerSlot as string).split(':')[0]))];
    const [placements, papers, windows] = await Promise.all([
      this.db.getRepository(RoundQuestionEntity).findBy({ id: In([...new Set(waiting.map((s) => s.roundQuestionId))]) }),
      paperIds.length ? this.db.getRepository(PaperEntity).findBy({ id: In(paperIds) }) : Promise.resolve([]),
      this.db.getRepository(PaperWindowEntity).findBy({ contestId }),
    ]);
    const rqs = new Map(placements.map((rq) => [rq.id, rq]));
    const paperOf = new Map(papers.map((p) => [p.id, p]));
    const collected = new Set(windows.filter((w) => w.closedAt).map((w) => w.roundId));
    return waiting.filter((s) => {
      const paper = s.answerSlot ? paperOf.get(s.answerSlot.split(':')[0]) : undefined;
      if (paper) return paper.submittedAt !== null || collected.has(paper.roundId) || paper.deadline.getTime() <= at.getTime();
      const status = rqs.get(s.roundQuestionId)?.status;
      return status === 'closed' || status === 'revealed';
    });
  }

  listReviews(submissionIds: string[]): Promise<ReviewEntity[]> {
    if (submissionIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(ReviewEntity).find({ where: { submissionId: In(submissionIds) }, order: { createdAt: 'ASC' } });
  }

  /** The auto grade (coverage highlights, suggestion) of each submission. */
  async currentGrades(submissionIds: string[]): Promise<Map<string, GradeEntity>> {
    if (submissionIds.length === 0) return new Map();
    const rows = await this.db.getRepository(GradeEntity).find({ where: { submissionId: In(submissionIds), supersededAt: IsNull() } });
    return new Map(rows.map((g) => [g.submissionId, g]));
  }

  /** Saves one judge's score (insert or change) and its audit entry, in one transaction. */
  async saveReview(review: { submissionId: string; judgeId: string; score: number; comment: string | null }, contestId: string): Promise<void> {
    await this.tx.run(async (tx) => {
      const repo = tx.getRepository(ReviewEntity);
      const existing = await repo.findOneBy({ submissionId: review.submissionId, judgeId: review.judgeId });
      if (existing) await repo.update({ id: existing.id }, { score: review.score, comment: review.comment });
      else await repo.insert({ id: newId(), ...review });
      await tx.getRepository(AuditLogEntity).insert({
        id: newId(),
        contestId,
        actorId: review.judgeId,
        action: existing ? 'review.rescore' : 'review.score',
        entityId: review.submissionId,
        before: existing ? { score: existing.score, comment: existing.comment } : null,
        after: { score: review.score, comment: review.comment },
        reason: review.comment,
      });
    });
  }

  /** A chief judge sends an answer back: its scores are cleared (kept in the audit log) and it waits again. */
  async clearReviews(submissionId: string, contestId: string, actorId: string, reason: string): Promise<void> {
    await this.tx.run(async (tx) => {
      const old = await tx.getRepository(ReviewEntity).findBy({ submissionId });
      await tx.getRepository(ReviewEntity).delete({ submissionId });
      await tx.getRepository(AuditLogEntity).insert({
        id: newId(),
        contestId,
        actorId,
        action: 'review.return',
        entityId: submissionId,
        before: { reviews: old.map((r) => ({ judgeId: r.judgeId, score: r.score })) },
        after: null,
        reason,
      });
    });
  }

  /**
   * Final score from the panel: the review grade supersedes the auto one (kept), the submission
   * becomes graded, the board version moves. Only from status `review`, so it happens once.
   */
  async finalize(submission: SubmissionEntity, score: number, detail: Record<string, unknown>, at: Date): Promise<boolean> {
    return this.tx.run(async (tx) => {
      const update = await tx
        .createQueryBuilder()
        .update(SubmissionEntity)
        .set({ status: 'graded', score, correct: null, gradedAt: at })
        .where('id = :id AND status = :review', { id: submission.id, review: 'review' })
        .execute();
      if (!update.affected) return false;
      await tx.getRepository(GradeEntity).update({ submissionId: submission.id, supersededAt: IsNull() }, { supersededAt: at });
      await tx.getRepository(GradeEntity).insert({ id: newId(), submissionId: submission.id, status: 'graded', score, correct: null, detail, source: 'judges', supersededAt: null });
      await tx.getRepository(ContestEntity).increment({ id: submission.contestId }, 'version', 1);
      return true;
    });
  }
}
