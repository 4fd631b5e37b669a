import type { AnswerValue, SingleQuestion } from '@jingsai/domain';
import { parseChoiceKeys } from './choice-keys';
import { graded, invalidAnswer, noKey } from './grade-result';
import type { GradeResult } from './grading.types';

export function gradeSingle(question: SingleQuestion, answer: AnswerValue): GradeResult {
  const key = parseChoiceKeys(question.answer ?? '');
  if (!key || key.length !== 1) return noKey(question.points);
  if (typeof answer !== 'string') return invalidAnswer(question.points);
  const selected = parseChoiceKeys(answer);
  // Two letters for a single choice is not an answer we can read; an empty one is simply wrong.
  if (!selected || selected.length > 1) return invalidAnswer(question.points);
  const correct = selected[0] === key[0];
  return graded(question.points, correct ? question.points : 0, correct, { selected });
}
