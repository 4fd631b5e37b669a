import type { AnswerValue } from '@jingsai/domain';
import { gradeAnswer } from './grade-answer';
import { aSingle } from './testing/question.builders';

describe('single choice', () => {
  const question = aSingle({ answer: 'D', points: 10 });

  it.each<[string, AnswerValue, number, boolean, string[]]>([
    ['exact', 'D', 10, true, ['D']],
    ['lower case', 'd', 10, true, ['D']],
    ['full-width letter', 'Ｄ', 10, true, ['D']],
    ['extra spaces', '  D ', 10, true, ['D']],
    ['in brackets, as in the paper', '(D)', 10, true, ['D']],
    ['with a dot', 'D.', 10, true, ['D']],
    ['full-width brackets', '（Ｄ）', 10, true, ['D']],
    ['wrong option', 'B', 0, false, ['B']],
    ['empty answer', '', 0, false, []],
  ])('%s: %j → %d', (_why, answer, score, correct, selected) => {
    expect(gradeAnswer(question, answer)).toEqual({ status: 'graded', correct, score, maxScore: 10, detail: { selected } });
  });

  it.each<[string, AnswerValue]>([
    ['an array', ['D']],
    ['a boolean', true],
    ['two letters', 'AD'],
    ['words', '首问负责'],
  ])('%s is an invalid answer, graded wrong', (_why, answer) => {
    expect(gradeAnswer(question, answer)).toEqual({ status: 'graded', correct: false, score: 0, maxScore: 10, detail: { reason: 'invalid-answer' } });
  });

  it('accepts a key written in lower case', () => {
    expect(gradeAnswer(aSingle({ answer: 'd' }), 'D').correct).toBe(true);
  });
});
