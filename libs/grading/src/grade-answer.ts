import type { AnswerValue, Question } from '@jingsai/domain';
import { isValidAnswerShape } from './answer-shape';
import { gradeBlank } from './blank.grader';
import { invalidAnswer, noKey } from './grade-result';
import type { GradeResult, GradingOptions } from './grading.types';
import { gradeMultiple } from './multiple.grader';
import { gradeShort } from './short.grader';
import { gradeSingle } from './single.grader';
import { gradeTrueFalse } from './truefalse.grader';

/**
 * Grades one answer. Never throws on contestant input: an unreadable answer is wrong with
 * reason 'invalid-answer'; a question without a usable key goes to review with reason 'no-key'.
 */
export function gradeAnswer(question: Question, answer: AnswerValue, options: GradingOptions = {}): GradeResult {
  if (question.draft) return noKey(question.points);
  if (!isValidAnswerShape(question, answer)) return invalidAnswer(question.points);
  switch (question.type) {
    case 'single':
      return gradeSingle(question, answer);
    case 'multiple':
      return gradeMultiple(question, answer, options.multiplePolicy);
    case 'truefalse':
      return gradeTrueFalse(question, answer);
    case 'blank':
      return gradeBlank(question, answer, options.strict);
    case 'short':
      return gradeShort(question, answer, options.coverageThreshold);
    default:
      return noKey((question as { points: number }).points);
  }
}
