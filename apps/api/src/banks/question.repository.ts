import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Question } from '@jingsai/domain';
import { QuestionBankEntity, QuestionEntity, RoundQuestionEntity } from '../database/entities';
import { newId } from '../common/ids';
import { Transactions } from '../database/transactions';

export type StoredQuestion = Question & { id: string; bankId: string };

export interface QuestionFilter {
  type?: string;
  category?: string;
  search?: string;
  draft?: boolean;
}

function toStored(row: QuestionEntity): StoredQuestion {
  return { ...row.body, id: row.id, bankId: row.bankId, draft: row.draft || undefined } as StoredQuestion;
}

async function insertQuestions(
  tx: EntityManager,
  bankId: string,
  questions: Question[],
  firstPosition: number,
  onProgress?: (saved: number, total: number) => void,
): Promise<void> {
  const rows = questions.map((q, index) => {
    const { id: _id, bankId: _bankId, ...body } = q;
    return tx.getRepository(QuestionEntity).create({
      id: newId(),
      bankId,
      position: firstPosition + index,
      type: q.type,
      stem: q.stem,
      points: q.points,
      category: q.category ?? null,
      draft: Boolean(q.draft),
      body: body as Question,
    });
  });
  // Chunked: SQLite limits the number of bound parameters per statement.
  for (let i = 0; i < rows.length; i += 100) {
    await tx.getRepository(QuestionEntity).insert(rows.slice(i, i + 100));
    onProgress?.(Math.min(i + 100, rows.length), rows.length);
  }
}

async function roundsUsing(db: EntityManager, bankId: string): Promise<number> {
  const row = await db
    .getRepository(RoundQuestionEntity)
    .createQueryBuilder('rq')
    .select('COUNT(DISTINCT rq.roundId)', 'rounds')
    .innerJoin(QuestionEntity, 'q', 'q.id = rq.questionId')
    .where('q.bankId = :bankId', { bankId })
    .getRawOne<{ rounds: number | string }>();
  return Number(row?.rounds ?? 0);
}

@Injectable()
export class QuestionRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  /** Saves a bank and all its questions in one transaction: an import is saved whole or not at all. */
  async createBank(
    bank: { name: string; sourceFile: string | null; ownerId: string | null },
    questions: Question[],
    onProgress?: (saved: number, total: number) => void,
  ): Promise<QuestionBankEntity> {
    return this.tx.run(async (tx) => {
      const banks = tx.getRepository(QuestionBankEntity);
      const saved = banks.create({ id: newId(), ...bank });
      await banks.insert(saved);
      await insertQuestions(tx, saved.id, questions, 1, onProgress);
      return saved;
    });
  }

  /**
   * Replaces a bank's questions (and name/source) in one transaction, unless a round uses one of
   * them — checked inside the transaction, so a round created meanwhile cannot be orphaned.
   */
  async replaceQuestions(bankId: string, bank: { name: string; sourceFile: string | null }, questions: Question[]): Promise<{ replaced: boolean; usedByRounds: number }> {
    return this.tx.run(async (tx) => {
      const usedByRounds = await roundsUsing(tx, bankId);
      if (usedByRounds > 0) return { replaced: false, usedByRounds };
      await tx.getRepository(QuestionEntity).delete({ bankId });
      await tx.getRepository(QuestionBankEntity).update({ id: bankId }, bank);
      await insertQuestions(tx, bankId, questions, 1);
      return { replaced: true, usedByRounds: 0 };
    });
  }

  /** Adds questions after the bank's last one. */
  async appendQuestions(bankId: string, questions: Question[]): Promise<void> {
    await this.tx.run(async (tx) => {
      const row = await tx
        .getRepository(QuestionEntity)
        .createQueryBuilder('q')
        .select('MAX(q.position)', 'last')
        .where('q.bankId = :bankId', { bankId })
        .getRawOne<{ last: number | string | null }>();
      await insertQuestions(tx, bankId, questions, Number(row?.last ?? 0) + 1);
    });
  }

  /** Type and stem of every question of these banks (to find duplicates without loading bodies). */
  async stemsOf(bankIds: string[]): Promise<{ bankId: string; type: string; stem: string }[]> {
    if (bankIds.length === 0) return [];
    return this.db
      .getRepository(QuestionEntity)
      .createQueryBuilder('q')
      .select(['q.bankId AS "bankId"', 'q.type AS "type"', 'q.stem AS "stem"'])
      .where({ bankId: In(bankIds) })
      .getRawMany<{ bankId: string; type: string; stem: string }>();
  }

  /** How many rounds (of any contest) use a question of this bank. */
  roundsUsingBank(bankId: string): Promise<number> {
    return roundsUsing(this.db.manager, bankId);
  }

  findBank(id: string): Promise<QuestionBankEntity | null> {
    return this.db.getRepository(QuestionBankEntity).findOneBy({ id });
  }

  listBanks(ownerId: string | null): Promise<QuestionBankEntity[]> {
    return this.db.getRepository(QuestionBankEntity).find({ where: ownerId ? { ownerId } : {}, order: { createdAt: 'DESC' } });
  }

  async countByBank(bankIds: string[]): Promise<Map<string, number>> {
    if (bankIds.length === 0) return new Map();
    const rows = await this.db
      .getRepository(QuestionEntity)
      .createQueryBuilder('q')
      .select('q.bankId', 'bankId')
      .addSelect('COUNT(*)', 'count')
      .where({ bankId: In(bankIds) })
      .groupBy('q.bankId')
      .getRawMany<{ bankId: string; count: string | number }>();
    return new Map(rows.map((r) => [r.bankId, Number(r.count)]));
  }

  async listQuestions(bankId: string, filter: QuestionFilter = {}): Promise<StoredQuestion[]> {
    const qb = this.db.getRepository(QuestionEntity).createQueryBuilder('q').where('q.bankId = :bankId', { bankId });
    if (filter.type) qb.andWhere('q.type = :type', { type: filter.type });
    if (filter.category) qb.andWhere('q.category = :category', { category: filter.category });
    if (filter.draft !== undefined) qb.andWhere('q.draft = :draft', { draft: filter.draft });
    if (filter.search) qb.andWhere('q.stem LIKE :search', { search: `%${filter.search.replace(/[%_]/g, (m) => `\\${m}`)}%` });
    const rows = await qb.orderBy('q.position', 'ASC').getMany();
    return rows.map(toStored);
  }

  async findQuestion(id: string): Promise<StoredQuestion | null> {
    const row = await this.db.getRepository(QuestionEntity).findOneBy({ id });
    return row ? toStored(row) : null;
  }

  async findQuestions(ids: string[]): Promise<StoredQuestion[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.getRepository(QuestionEntity).findBy({ id: In(ids) });
    return rows.map(toStored);
  }

  async updateQuestion(question: StoredQuestion): Promise<void> {
    const { id, bankId: _bankId, ...body } = question;
    await this.tx.run((tx) => tx.getRepository(QuestionEntity).update(
      { id },
      { type: question.type, stem: question.stem, points: question.points, category: question.category ?? null, draft: Boolean(question.draft), body: body as Question },
    ));
  }
}
