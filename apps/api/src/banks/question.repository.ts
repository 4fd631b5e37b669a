import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Question, StoredQuestion } from '@jingsai/domain';
import { QuestionBankEntity, QuestionEntity, RoundQuestionEntity } from '../database/entities';
import { newId } from '../common/ids';
import { Transactions } from '../database/transactions';
import { AuditRepository, type AuditEntry } from '../audit/audit.repository';
import { tableName } from '../database/table-name';

export type { StoredQuestion };

export interface QuestionFilter {
  type?: string;
  category?: string;
  search?: string;
  draft?: boolean;
}

function toStored(row: QuestionEntity): StoredQuestion {
  return { ...row.body, id: row.id, bankId: row.bankId, draft: row.draft || undefined } as StoredQuestion;
}

const QUESTION_COLUMNS = ['id', 'bankId', 'position', 'type', 'stem', 'points', 'category', 'draft', 'body'] as const;
/** Rows per INSERT (9 parameters each: far under SQLite's bound-parameter limit), and per transaction. */
const ROWS_PER_INSERT = 200;

type Row = (string | number | boolean | null)[];

function questionRows(postgres: boolean, bankId: string, questions: Question[]): Row[] {
  return questions.map((q, index) => {
    const { id: _id, bankId: _bankId, ...body } = q;
    // better-sqlite3 binds no booleans; simple-json columns hold JSON text.
    return [newId(), bankId, index + 1, q.type, q.stem, q.points, q.category ?? null, postgres ? Boolean(q.draft) : q.draft ? 1 : 0, JSON.stringify(body)];
  });
}

function insertSql(tx: EntityManager, count: number): string {
  const postgres = tx.connection.options.type === 'postgres';
  let n = 0;
  const values = Array.from({ length: count }, () => `(${QUESTION_COLUMNS.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`).join(', ');
  return `INSERT INTO ${tableName(tx, QuestionEntity)} (${QUESTION_COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${values}`;
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

  /**
   * Saves a bank whole or not at all. Its questions are written first, in short transactions under an
   * id no bank has yet (invisible: every read goes through a bank), and the bank row last — so a large
   * import never holds SQLite's single write lock for long and answers keep being written meanwhile.
   */
  async createBank(
    bank: { name: string; sourceFile: string | null; ownerId: string | null },
    questions: Question[],
    onProgress?: (saved: number, total: number) => void,
  ): Promise<QuestionBankEntity> {
    const id = newId();
    await this.stage(id, questions, onProgress);
    try {
      return await this.tx.run(async (tx) => {
        const banks = tx.getRepository(QuestionBankEntity);
        const saved = banks.create({ id, ...bank });
        await banks.insert(saved);
        return saved;
      });
    } catch (error) {
      await this.unstage(id);
      throw error;
    }
  }

  /**
   * Replaces a bank's questions (and name/source) unless a round uses one of them — checked again in
   * the transaction that swaps the staged questions in, so a round created meanwhile is never orphaned.
   */
  async replaceQuestions(bankId: string, bank: { name: string; sourceFile: string | null }, questions: Question[]): Promise<{ replaced: boolean; usedByRounds: number }> {
    const before = await this.roundsUsingBank(bankId);
    if (before > 0) return { replaced: false, usedByRounds: before };
    const staging = newId();
    await this.stage(staging, questions);
    const outcome = await this.tx.run(async (tx) => {
      const usedByRounds = await roundsUsing(tx, bankId);
      if (usedByRounds > 0) return { replaced: false, usedByRounds };
      await tx.getRepository(QuestionEntity).delete({ bankId });
      await tx.getRepository(QuestionEntity).update({ bankId: staging }, { bankId });
      await tx.getRepository(QuestionBankEntity).update({ id: bankId }, bank);
      return { replaced: true, usedByRounds: 0 };
    });
    if (!outcome.replaced) await this.unstage(staging);
    return outcome;
  }

  /** Adds questions after the bank's last one (staged, then moved in by one statement). */
  async appendQuestions(bankId: string, questions: Question[]): Promise<void> {
    const staging = newId();
    await this.stage(staging, questions);
    await this.tx.run(async (tx) => {
      const row = await tx
        .getRepository(QuestionEntity)
        .createQueryBuilder('q')
        .select('MAX(q.position)', 'last')
        .where('q.bankId = :bankId', { bankId })
        .getRawOne<{ last: number | string | null }>();
      await tx
        .getRepository(QuestionEntity)
        .createQueryBuilder()
        .update()
        .set({ bankId, position: () => `"position" + ${Number(row?.last ?? 0)}` })
        .where({ bankId: staging })
        .execute();
    });
  }

  /** Writes questions under `bankId` in transactions of ROWS_PER_INSERT rows, yielding the event loop between them. */
  private async stage(bankId: string, questions: Question[], onProgress?: (saved: number, total: number) => void): Promise<void> {
    const postgres = this.db.options.type === 'postgres';
    const rows = questionRows(postgres, bankId, questions);
    try {
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        const chunk = rows.slice(i, i + ROWS_PER_INSERT);
        await this.tx.run(async (tx) => {
          // Staged rows need not wait for their own disk flush: the (synchronous) commit that makes
          // them part of a bank comes later and flushes the log up to itself, these rows included.
          if (postgres) await tx.query('SET LOCAL synchronous_commit TO OFF');
          await tx.query(insertSql(tx, chunk.length), chunk.flat());
        });
        onProgress?.(Math.min(i + ROWS_PER_INSERT, rows.length), rows.length);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      await this.unstage(bankId);
      throw error;
    }
  }

  /** Removes staged questions that never became part of a bank (best effort: they are invisible anyway). */
  private async unstage(bankId: string): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(QuestionEntity).delete({ bankId })).catch(() => undefined);
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

  /** Saves a fixed question with its audit entry, in one transaction. */
  async updateQuestion(question: StoredQuestion, audit: AuditEntry): Promise<void> {
    const { id, bankId: _bankId, ...body } = question;
    await this.tx.run(async (tx) => {
      await tx.getRepository(QuestionEntity).update(
        { id },
        { type: question.type, stem: question.stem, points: question.points, category: question.category ?? null, draft: Boolean(question.draft), body: body as Question },
      );
      await AuditRepository.insertIn(tx, audit);
    });
  }
}
