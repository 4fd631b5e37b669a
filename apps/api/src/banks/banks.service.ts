import { Injectable } from '@nestjs/common';
import type { Question } from '@jingsai/domain';
import { isValidAnswerShape } from '@jingsai/grading';
import { AppError, ErrorCode } from '../common/app-error';
import type { Principal } from '../common/principal';
import { QuestionRepository, type QuestionFilter, type StoredQuestion } from './question.repository';

const BANK = { zh: '题库', en: 'Question bank' };

@Injectable()
export class BanksService {
  constructor(private readonly questions: QuestionRepository) {}

  async listBanks(principal: Principal) {
    this.assertStaff(principal);
    const banks = await this.questions.listBanks(principal.kind === 'staff' && principal.role === 'organizer' ? principal.userId : null);
    const counts = await this.questions.countByBank(banks.map((b) => b.id));
    return banks.map((b) => ({ id: b.id, name: b.name, sourceFile: b.sourceFile, createdAt: b.createdAt, questionCount: counts.get(b.id) ?? 0 }));
  }

  /** Answer keys are for staff only; contestants get 403 (they see questions through the live view). */
  async listQuestions(principal: Principal, bankId: string, filter: QuestionFilter): Promise<StoredQuestion[]> {
    this.assertStaff(principal);
    const bank = await this.questions.findBank(bankId);
    if (!bank) throw AppError.notFound(BANK);
    if (principal.kind === 'staff' && principal.role === 'organizer' && bank.ownerId && bank.ownerId !== principal.userId) throw AppError.forbidden();
    return this.questions.listQuestions(bankId, filter);
  }

  /** Fixes a question in place (e.g. a wrong key, or a draft's missing answer). */
  async updateQuestion(principal: Principal, questionId: string, patch: Partial<Question>): Promise<StoredQuestion> {
    const next = await this.patched(principal, questionId, patch);
    await this.questions.updateQuestion(next);
    return next;
  }

  /** The question with `patch` applied and validated, not saved (a rejudge preview uses it). */
  async patched(principal: Principal, questionId: string, patch: Partial<Question>): Promise<StoredQuestion> {
    this.assertStaffEditor(principal);
    const current = await this.questions.findQuestion(questionId);
    if (!current) throw AppError.notFound({ zh: '题目', en: 'Question' });
    const bank = await this.questions.findBank(current.bankId);
    if (principal.kind === 'staff' && principal.role === 'organizer' && bank?.ownerId && bank.ownerId !== principal.userId) throw AppError.forbidden();
    if (patch.type !== undefined && patch.type !== current.type) {
      throw new AppError(ErrorCode.BadRequest, '不能修改题型 / The question type cannot change');
    }
    const next = { ...current, ...patch, id: current.id, bankId: current.bankId } as StoredQuestion;
    const problem = validateQuestion(next);
    if (problem) throw new AppError(ErrorCode.Unprocessable, problem, { errors: [{ line: next.source?.line ?? 0, message: problem }] });
    delete next.draft;
    return next;
  }

  private assertStaff(principal: Principal): void {
    if (principal.kind !== 'staff') throw AppError.forbidden();
  }

  private assertStaffEditor(principal: Principal): void {
    if (principal.kind !== 'staff' || principal.role === 'judge') throw AppError.forbidden();
  }
}

/** A question is usable in a round when its key fits its type. Returns a message, or null when fine. */
export function validateQuestion(q: Question): string | null {
  if (!q.stem?.trim()) return '题干不能为空 / The stem is empty';
  if (!(q.points > 0)) return '分值必须大于 0 / Points must be positive';
  switch (q.type) {
    case 'single':
      if (!q.options.some((o) => o.key === q.answer)) return '答案必须是一个选项 / The answer must be one of the options';
      return null;
    case 'multiple':
      if (q.answer.length === 0 || !q.answer.every((k) => q.options.some((o) => o.key === k))) return '答案必须是选项 / The answers must be options';
      return null;
    case 'truefalse':
      return typeof q.answer === 'boolean' ? null : '判断题答案必须为对或错 / A true/false answer must be true or false';
    case 'blank':
      return q.blanks.length > 0 && q.blanks.every((b) => b.length > 0 && b.every((v) => v.trim())) ? null : '每个空都需要答案 / Every blank needs an answer';
    case 'short':
      return q.reference.trim() ? null : '简答题需要参考答案 / A short answer needs a reference answer';
    default:
      return isValidAnswerShape(q, '') ? null : '未知题型 / Unknown question type';
  }
}
