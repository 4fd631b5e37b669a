import { Injectable } from '@nestjs/common';
import type { Question } from '@jingsai/domain';
import { isValidAnswerShape } from '@jingsai/grading';
import { AppError } from '../common/app-error';
import type { Principal, StaffPrincipal } from '../common/principal';
import { Clock } from '../common/clock';
import type { AuditValue } from '../database/entities/audit-log.entity';
import type { QuestionPatchDto } from './question-patch.dto';
import { QuestionRepository, type QuestionFilter, type StoredQuestion } from './question.repository';


@Injectable()
export class BanksService {
  constructor(
    private readonly questions: QuestionRepository,
    private readonly clock: Clock,
  ) {}

  /** Banks are the organizers' own (admins see all); judges and contestants never read a bank. */
  async listBanks(principal: Principal) {
    const editor = this.assertStaffEditor(principal);
    const banks = await this.questions.listBanks(editor.role === 'admin' ? null : editor.userId);
    const counts = await this.questions.countByBank(banks.map((b) => b.id));
    return banks.map((b) => ({ id: b.id, name: b.name, sourceFile: b.sourceFile, createdAt: b.createdAt, questionCount: counts.get(b.id) ?? 0 }));
  }

  /** Answer keys: the bank's organizer and admins only. */
  async listQuestions(principal: Principal, bankId: string, filter: QuestionFilter): Promise<StoredQuestion[]> {
    await this.ownedBank(principal, bankId);
    return this.questions.listQuestions(bankId, filter);
  }

  /**
   * Fixes a bank question (e.g. a wrong key, or a draft's missing answer), audited. Contests keep their
   * own copies: a question already in a contest is fixed there (ContestQuestionsService), not here.
   */
  async updateQuestion(principal: Principal, questionId: string, patch: QuestionPatchDto): Promise<StoredQuestion> {
    const current = await this.questions.findQuestion(questionId);
    if (!current) throw new AppError('QUESTION_NOT_FOUND');
    const editor = await this.ownedBank(principal, current.bankId);
    const next = mergeQuestion(current, patch);
    delete next.draft;
    await this.questions.updateQuestion(next, {
      contestId: null,
      actorId: editor.userId,
      action: 'question.edit',
      entityId: questionId,
      before: auditedFields(current, patch),
      after: auditedFields(next, patch),
      reason: null,
      createdAt: this.clock.now(),
    });
    return next;
  }

  private async ownedBank(principal: Principal, bankId: string): Promise<StaffPrincipal> {
    const editor = this.assertStaffEditor(principal);
    const bank = await this.questions.findBank(bankId);
    if (!bank) throw new AppError('BANK_NOT_FOUND');
    if (editor.role !== 'admin' && bank.ownerId !== editor.userId) throw new AppError('FORBIDDEN');
    return editor;
  }

  private assertStaffEditor(principal: Principal): StaffPrincipal {
    if (principal.kind !== 'staff' || principal.role === 'judge') throw new AppError('FORBIDDEN');
    return principal;
  }
}

/** The question with `patch` applied, checked as a whole; a 422 naming the problem when it does not fit its type. */
export function mergeQuestion<Q extends StoredQuestion>(current: Q, patch: QuestionPatchDto): Q {
  if (patch.type !== undefined && patch.type !== current.type) {
    throw new AppError('QUESTION_TYPE_FIXED');
  }
  const next = { ...current, ...definedFields(patch), id: current.id, bankId: current.bankId } as Q;
  const problem = validateQuestion(next);
  if (problem) throw AppError.detailed('QUESTION_INVALID', problem, { errors: [{ line: next.source?.line ?? 0, message: problem }] });
  return next;
}

/** The fields a patch touched, as they were or are: the audit's before and after. */
export function auditedFields(question: StoredQuestion, patch: QuestionPatchDto): AuditValue {
  const fields = Object.keys(definedFields(patch)).filter((k) => k !== 'type') as (keyof QuestionPatchDto)[];
  return Object.fromEntries(fields.map((k) => [k, (question as unknown as Record<string, AuditValue[string]>)[k] ?? null]));
}

/** A validated DTO instance carries every declared field, unset ones as undefined: keep the sent ones. */
function definedFields(patch: QuestionPatchDto): Partial<QuestionPatchDto> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
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
