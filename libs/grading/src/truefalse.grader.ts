import type { AnswerValue, TrueFalseQuestion } from '@jingsai/domain';
import { graded, invalidAnswer, noKey } from './grade-result';
import type { GradeResult } from './grading.types';

/** How contestants write 判断 answers (compared after NFKC + upper case). */
const TRUE_WORDS = new Set(['√', '✓', '✔', '对', '正确', '是', 'T', 'TRUE', 'Y', 'YES']);
const FALSE_WORDS = new Set(['×', '✗', '✘', 'X', '错', '错误', '否', 'F', 'FALSE', 'N', 'NO']);

/** true / false, or null when the text is not a 判断 answer. */
export function parseTrueFalse(answer: AnswerValue): boolean | null {
  if (typeof answer === 'boolean') return answer;
  if (typeof answer !== 'string') return null;
  const word = answer.normalize('NFKC').toUpperCase().replace(/[\s。.!！()（）]/g, '');
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

export function gradeTrueFalse(question: TrueFalseQuestion, answer: AnswerValue): GradeResult {
  if (typeof question.answer !== 'boolean') return noKey(question.points);
  if (typeof answer === 'string' && answer.trim() === '') return graded(question.points, 0, false);
  const value = parseTrueFalse(answer);
  if (value === null) return invalidAnswer(question.points);
  const correct = value === question.answer;
  return graded(question.points, correct ? question.points : 0, correct);
}
