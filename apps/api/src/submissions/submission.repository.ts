import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThan } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { GradeResult } from '@jingsai/grading';
import { ContestEntity, GradeEntity, SubmissionEntity } from '../database/entities';
import { newId } from '../common/ids';
import { Transactions } from '../database/transactions';
import { tableName } from '../database/table-name';

@Injectable()
export class SubmissionRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  private get submissions() {
    return this.db.getRepository(SubmissionEntity);
  }

  async findByIds(ids: string[]): Promise<SubmissionEntity[]> {
    const rows: SubmissionEntity[] = [];
    for (let i = 0; i < ids.length; i += 500) rows.push(...(await this.submissions.findBy({ id: In(ids.slice(i, i + 500)) })));
    return rows;
  }

  findById(id: string): Promise<SubmissionEntity | null> {
    return this.submissions.findOneBy({ id });
  }

  findByClientKey(contestantId: string, clientKey: string): Promise<SubmissionEntity | null> {
    return this.submissions.findOneBy({ contestantId, clientKey });
  }

  listForRoundQuestion(roundQuestionId: string): Promise<SubmissionEntity[]> {
    return this.submissions.find({ where: { roundQuestionId }, order: { receivedAt: 'ASC' } });
  }

  /** Submissions still pending that were received before `before` (for the sweeper). */
  listStalePending(before: Date, limit: number): Promise<SubmissionEntity[]> {
    return this.submissions.find({ where: { status: 'pending', receivedAt: LessThan(before) }, order: { receivedAt: 'ASC' }, take: limit });
  }

  /**
   * Writes the first grade of each pending submission, all in one transaction. Idempotent: a
   * submission that is no longer pending (a retried or duplicated job) is skipped. Returns the ids
   * whose grade was written; each touched contest's version moves once.
   */
  async recordFirstGrades(items: { submission: SubmissionEntity; result: GradeResult }[], gradedAt: Date): Promise<Set<string>> {
    return this.tx.run(async (tx) => {
      const meta = tx.connection.getMetadata(SubmissionEntity);
      const driver = tx.connection.driver;
      const value = (property: 'status' | 'score' | 'correct' | 'gradedAt', v: unknown) =>
        driver.preparePersistentValue(v, meta.findColumnWithPropertyName(property) as ColumnMetadata);
      const postgres = tx.connection.options.type === 'postgres';
      const p = (i: number) => (postgres ? `$${i}` : '?');
      // One UPDATE per distinct outcome (right, wrong, review…), guarded by status = 'pending':
      // RETURNING tells exactly which rows this call graded, even with several workers at once.
      const groups = new Map<string, { status: string; score: number | null; correct: boolean | null; ids: string[] }>();
      for (const { submission, result } of items) {
        const status = result.status === 'review' ? 'review' : 'graded';
        const score = result.status === 'review' ? null : result.score;
        const key = `${status}|${score}|${result.correct}`;
        const group = groups.get(key) ?? { status, score, correct: result.correct, ids: [] };
        group.ids.push(submission.id);
        groups.set(key, group);
      }
      const written = new Set<string>();
      for (const group of groups.values()) {
        for (let i = 0; i < group.ids.length; i += 500) {
          const ids = group.ids.slice(i, i + 500);
          const sql =
            `UPDATE ${tableName(tx, SubmissionEntity)} SET status = ${p(1)}, score = ${p(2)}, correct = ${p(3)}, "gradedAt" = ${p(4)} ` +
            `WHERE status = 'pending' AND id IN (${ids.map((_, k) => p(k + 5)).join(', ')}) RETURNING id`;
          const params = [value('status', group.status), value('score', group.score), value('correct', group.correct), value('gradedAt', gradedAt), ...ids];
          const rows = (await tx.query(sql, params)) as { id: string }[] | [{ id: string }[], number];
          // PostgreSQL's driver answers an UPDATE … RETURNING with [rows, count].
          const returned = Array.isArray(rows[0]) ? (rows[0] as { id: string }[]) : (rows as { id: string }[]);
          for (const r of returned) written.add(r.id);
        }
      }
      const graded = items.filter(({ submission }) => written.has(submission.id));
      const grades = graded.map(({ submission, result }) => ({
        id: newId(),
        submissionId: submission.id,
        status: result.status === 'review' ? ('review' as const) : ('graded' as const),
        score: result.score,
        correct: result.correct,
        detail: result.detail ?? null,
        source: 'auto' as const,
        supersededAt: null,
      }));
      for (let i = 0; i < grades.length; i += 80) await tx.getRepository(GradeEntity).insert(grades.slice(i, i + 80));
      for (const contestId of new Set(graded.map((g) => g.submission.contestId))) {
        await tx.getRepository(ContestEntity).increment({ id: contestId }, 'version', 1);
      }
      return written;
    });
  }
}
