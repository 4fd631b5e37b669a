/**
 * Importing question banks: parse off the event loop (PaperParserPool), preview without saving,
 * and on a second import of the same name or content replace, merge into, or keep both banks.
 */
import { Injectable } from '@nestjs/common';
import {
  QUESTION_TYPES,
  bilingualErrorText,
  type ColumnMapping,
  type DuplicateAction,
  type DuplicateBank,
  type Question,
  type QuestionType,
  type ImportSummary,
} from '@jingsai/domain';
import { QuestionBankImportError, QuestionBankImportErrorCode, type ParseResult } from '@jingsai/question-bank';
import { AppError } from '../common/app-error';
import type { Principal } from '../common/principal';
import { PaperParserPool } from './paper-parser.pool';
import { QuestionRepository } from './question.repository';

export interface ImportOptions {
  name?: string;
  dryRun: boolean;
  /** Default 'keep' (scripts and older clients); the web app sends 'ask' and lets the organizer choose. */
  onDuplicate: DuplicateAction;
  /** Which same-name/same-content bank to replace or merge into, when there are several. */
  targetBankId?: string;
  mapping?: ColumnMapping;
}

export type { ImportSummary };

/** A stem as compared for duplicates: no spaces, one blank marker, half-width letters and digits, no end punctuation. */
export function stemKey(type: string, stem: string): string {
  const folded = stem
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[_＿]+|[(（][\s\u3000]*[)）]/g, '_')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[。.？?！!；;，,]+$/, '')
    .toLowerCase();
  return `${type}|${folded}`;
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The lengths of question_banks.name and .sourceFile. */
const MAX_BANK_NAME = 200;
const MAX_SOURCE_FILE = 255;

@Injectable()
export class BankImportService {
  constructor(
    private readonly questions: QuestionRepository,
    private readonly parser: PaperParserPool,
  ) {}

  async importFile(principal: Principal, file: { buffer: Buffer; originalname: string }, options: ImportOptions): Promise<ImportSummary> {
    this.assertEditor(principal);
    if (options.name !== undefined && options.name.trim().length > MAX_BANK_NAME) {
      throw new AppError('BANK_NAME_TOO_LONG', { max: MAX_BANK_NAME });
    }
    const result = await this.parse(() => this.parser.parseFile(file.buffer, file.originalname, options.mapping));
    // A file name can be any length: the bank is named after (and remembers) as much of it as fits.
    const name = options.name?.trim() || [...file.originalname.replace(/\.[^.]+$/, '')].slice(0, MAX_BANK_NAME).join('');
    return this.save(principal, name, [...file.originalname].slice(0, MAX_SOURCE_FILE).join(''), result, options);
  }

  async importText(principal: Principal, format: 'text' | 'json', content: string, options: ImportOptions): Promise<ImportSummary> {
    this.assertEditor(principal);
    const result = await this.parse(() => this.parser.parseText(format, content));
    return this.save(principal, options.name?.trim() ?? '', null, result, options);
  }

  /** Parse refusals become 422 {errors} (413 for a zip bomb or an out-of-memory parse; the header for an unknown one). */
  private async parse(run: () => Promise<ParseResult>): Promise<ParseResult> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof QuestionBankImportError) {
        const code = error.code === QuestionBankImportErrorCode.TooLarge ? 'BANK_IMPORT_TOO_LARGE' : 'BANK_IMPORT_INVALID';
        throw AppError.detailed(code, error.message, { errors: error.errors, reason: error.code, ...(error.details.header ? { header: error.details.header } : {}) });
      }
      throw error;
    }
  }

  private async save(principal: Principal, name: string, sourceFile: string | null, result: ParseResult, options: ImportOptions): Promise<ImportSummary> {
    if (result.questions.length === 0) {
      throw new AppError('BANK_NO_QUESTIONS', {}, { errors: [{ line: 0, message: bilingualErrorText('BANK_NO_QUESTIONS') }] });
    }
    const ownerId = principal.kind === 'staff' ? principal.userId : null;
    const duplicates = await this.duplicates(ownerId, name, result.questions);
    const summary = (action: ImportSummary['action'], bankId: string | null, saved: Question[]): ImportSummary => ({
      bankId,
      name,
      dryRun: options.dryRun,
      action,
      imported: saved.length,
      skipped: result.questions.length - saved.length,
      drafts: saved.filter((q) => q.draft).length,
      byType: Object.fromEntries(QUESTION_TYPES.map((t) => [t, saved.filter((q) => q.type === t).length])) as Record<QuestionType, number>,
      warnings: result.warnings,
      duplicates,
      ...(options.dryRun ? { questions: result.questions, reports: result.reports } : {}),
    });
    if (options.dryRun) return summary('preview', null, result.questions);

    const target = duplicates.find((d) => d.bankId === options.targetBankId) ?? duplicates.find((d) => d.sameName) ?? duplicates[0];
    if (options.onDuplicate === 'ask' && target) {
      throw new AppError('BANK_DUPLICATE', { name: target.name }, { reason: 'DUPLICATE_BANK', duplicates });
    }
    if (options.onDuplicate === 'replace' && target) {
      const done = await this.questions.replaceQuestions(target.bankId, { name, sourceFile }, result.questions);
      if (!done.replaced) {
        throw new AppError('BANK_IN_USE_NO_REPLACE', { name: target.name, rounds: done.usedByRounds }, { reason: 'BANK_IN_USE', duplicates });
      }
      return summary('replaced', target.bankId, result.questions);
    }
    if (options.onDuplicate === 'merge' && target) {
      const existing = new Set((await this.questions.stemsOf([target.bankId])).map((q) => stemKey(q.type, q.stem)));
      const added: Question[] = [];
      for (const q of result.questions) {
        const key = stemKey(q.type, q.stem);
        if (existing.has(key)) continue;
        existing.add(key);
        added.push(q);
      }
      if (added.length) await this.questions.appendQuestions(target.bankId, added);
      return summary('merged', target.bankId, added);
    }
    const bank = await this.questions.createBank({ name, sourceFile, ownerId }, result.questions);
    return summary('created', bank.id, result.questions);
  }

  /** The owner's banks with the same name or exactly the same questions, and what a merge would add to each. */
  private async duplicates(ownerId: string | null, name: string, questions: Question[]): Promise<DuplicateBank[]> {
    const banks = await this.questions.listBanks(ownerId);
    if (banks.length === 0) return [];
    const incoming = questions.map((q) => stemKey(q.type, q.stem));
    const incomingSet = new Set(incoming);
    const stems = new Map<string, string[]>();
    for (const row of await this.questions.stemsOf(banks.map((b) => b.id))) {
      const list = stems.get(row.bankId);
      const key = stemKey(row.type, row.stem);
      if (list) list.push(key);
      else stems.set(row.bankId, [key]);
    }
    const found: DuplicateBank[] = [];
    for (const bank of banks) {
      const keys = stems.get(bank.id) ?? [];
      const keySet = new Set(keys);
      const content = keySet.size === incomingSet.size && [...incomingSet].every((k) => keySet.has(k));
      const named = sameName(bank.name, name);
      if (!content && !named) continue;
      found.push({
        bankId: bank.id,
        name: bank.name,
        sameName: named,
        sameContent: content,
        questionCount: keys.length,
        usedByRounds: await this.questions.roundsUsingBank(bank.id),
        newQuestions: new Set(incoming.filter((k) => !keySet.has(k))).size,
      });
    }
    return found;
  }

  private assertEditor(principal: Principal): void {
    if (principal.kind !== 'staff' || principal.role === 'judge') throw new AppError('FORBIDDEN');
  }
}
