import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { ContestQuestion, Question, StoredQuestion } from '@jingsai/domain';
import { ContestQuestionEntity } from '../database/entities';

export type { ContestQuestion };

function toContestQuestion(row: ContestQuestionEntity): ContestQuestion {
  return { ...row.body, id: row.questionId, bankId: row.bankId, contestId: row.contestId, revision: row.revision } as ContestQuestion;
}

function bodyOf(question: StoredQuestion): Question {
  const { id: _id, bankId: _bankId, draft: _draft, ...body } = question as ContestQuestion;
  delete (body as Partial<ContestQuestion>).contestId;
  delete (body as Partial<ContestQuestion>).revision;
  return body as Question;
}

/** The questions a contest plays, as copied into it: the only place contest code reads a question from. */
@Injectable()
export class ContestQuestionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(contestId: string, questionId: string): Promise<ContestQuestion | null> {
    const row = await this.db.getRepository(ContestQuestionEntity).findOneBy({ contestId, questionId });
    return row ? toContestQuestion(row) : null;
  }

  async findMany(contestId: string, questionIds: string[]): Promise<ContestQuestion[]> {
    if (questionIds.length === 0) return [];
    const rows = await this.db.getRepository(ContestQuestionEntity).findBy({ contestId, questionId: In([...new Set(questionIds)]) });
    return rows.map(toContestQuestion);
  }

  async listForContest(contestId: string): Promise<ContestQuestion[]> {
    const rows = await this.db.getRepository(ContestQuestionEntity).findBy({ contestId });
    return rows.map(toContestQuestion);
  }

  /** Copies bank questions into a contest, inside the caller's transaction; a question already copied keeps its copy. */
  static async copyInto(tx: EntityManager, contestId: string, questions: StoredQuestion[]): Promise<void> {
    const repo = tx.getRepository(ContestQuestionEntity);
    const existing = new Set((await repo.findBy({ contestId, questionId: In(questions.map((q) => q.id)) })).map((r) => r.questionId));
    const rows = questions
      .filter((q) => !existing.has(q.id))
      .map((q) => repo.create({ contestId, questionId: q.id, bankId: q.bankId, type: q.type, points: q.points, body: bodyOf(q), revision: 1 }));
    for (let i = 0; i < rows.length; i += 100) await repo.insert(rows.slice(i, i + 100));
  }

  /**
   * Reads the contest copies of questions inside a transaction, locking them against a concurrent fix
   * (PostgreSQL FOR SHARE; SQLite runs one writer at a time): grading and a key fix never interleave.
   */
  static async lockForGrading(tx: EntityManager, pairs: { contestId: string; questionId: string }[]): Promise<Map<string, ContestQuestion>> {
    const result = new Map<string, ContestQuestion>();
    const byContest = new Map<string, Set<string>>();
    for (const p of pairs) byContest.set(p.contestId, (byContest.get(p.contestId) ?? new Set()).add(p.questionId));
    // A share lock needs a transaction (a dry run reads without one).
    const lock = tx.connection.options.type === 'postgres' && Boolean(tx.queryRunner?.isTransactionActive);
    for (const [contestId, ids] of byContest) {
      const qb = tx
        .getRepository(ContestQuestionEntity)
        .createQueryBuilder('cq')
        .where('cq.contestId = :contestId', { contestId })
        .andWhere('cq.questionId IN (:...ids)', { ids: [...ids] });
      if (lock) qb.setLock('pessimistic_read');
      for (const row of await qb.getMany()) result.set(ContestQuestionRepository.key(contestId, row.questionId), toContestQuestion(row));
    }
    return result;
  }

  static key(contestId: string, questionId: string): string {
    return `${contestId}:${questionId}`;
  }

  /** Replaces the copy's content inside the caller's transaction (taking its row lock) and moves its revision. */
  static async replace(tx: EntityManager, question: ContestQuestion): Promise<number> {
    const revision = question.revision + 1;
    await tx
      .getRepository(ContestQuestionEntity)
      .update({ contestId: question.contestId, questionId: question.id }, { type: question.type, points: question.points, body: bodyOf(question), revision });
    return revision;
  }
}
