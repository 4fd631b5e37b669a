import type { AnswerValue, MultipleChoicePolicy, MultipleQuestion } from '@jingsai/domain';
import { parseChoiceKeys } from './choice-keys';
import { graded, invalidAnswer, noKey } from './grade-result';
import type { GradeResult } from './grading.types';

const ALL_OR_NOTHING: MultipleChoicePolicy = { kind: 'all-or-nothing' };

export function gradeMultiple(
  question: MultipleQuestion,
  answer: AnswerValue,
  policy: MultipleChoicePolicy = ALL_OR_NOTHING,
): GradeResult {
  const points = question.points;
  const key = parseChoiceKeys(question.answer ?? []);
  if (!key || key.length === 0) return noKey(points);
  if (typeof answer === 'boolean') return invalidAnswer(points);
  const selected = parseChoiceKeys(answer);
  if (!selected) return invalidAnswer(points);

  const detail = { selected };
  const exact = selected.length === key.length && selected.every((k) => key.includes(k));
  if (exact) return graded(points, points, true, detail);
  if (policy.kind === 'all-or-nothing' || selected.length === 0) return graded(points, 0, false, detail);

  // 错选: any pick outside the key (including letters that are not options at all).
  if (selected.some((k) => !key.includes(k))) return graded(points, -Math.abs(policy.wrongPoints ?? 0), false, detail);
  // 少选: a correct, incomplete subset.
  const share = Math.min(1, Math.max(0, policy.share));
  return graded(points, points * share, false, detail);
}
