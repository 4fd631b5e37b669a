import type { AnswerValue, Question } from '@jingsai/domain';
import { gradeAnswer } from './grade-answer';
import { diffGrades } from './grade-result';
import type { GradeResult, GradingOptions } from './grading.types';

/** One stored answer: the question it answered (the contest's copy) and the grade it holds now. */
export interface RegradeItem {
  question: Question;
  answer: AnswerValue;
  before: GradeResult;
}

/**
 * Rejudge preview of a round-setting change (strict, multiplePolicy, …): regrades every item under `options` and
 * returns those whose score or correctness would move, each with its new grade. Generic so a caller gets its own
 * rows back (submission ids) to count, show as examples, or apply.
 */
export function regradeChanges<T extends RegradeItem>(items: readonly T[], options: GradingOptions): { item: T; after: GradeResult }[] {
  return items.flatMap((item) => {
    const after = gradeAnswer(item.question, item.answer, options);
    return diffGrades(item.before, after) ? [{ item, after }] : [];
  });
}
