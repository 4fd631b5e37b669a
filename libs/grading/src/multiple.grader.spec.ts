import type { AnswerValue, MultipleChoicePolicy } from '@jingsai/domain';
import { gradeAnswer } from './grade-answer';
import { aMultiple } from './testing/question.builders';

const allOrNothing: MultipleChoicePolicy = { kind: 'all-or-nothing' };
const halfForSubset: MultipleChoicePolicy = { kind: 'partial', share: 0.5 };
const halfOrMinusTwo: MultipleChoicePolicy = { kind: 'partial', share: 0.5, wrongPoints: -2 };

describe('multiple choice (key ACD, 10 points)', () => {
  const question = aMultiple({ answer: ['A', 'C', 'D'], points: 10 });

  it.each<[string, AnswerValue, MultipleChoicePolicy | undefined, number, boolean]>([
    // all-or-nothing (also the default)
    ['exact, default policy', ['A', 'C', 'D'], undefined, 10, true],
    ['exact', ['A', 'C', 'D'], allOrNothing, 10, true],
    ['any order and case', ['d', 'a', 'C'], allOrNothing, 10, true],
    ["as one string 'ACD'", 'ACD', allOrNothing, 10, true],
    ["full-width 'ＡＣＤ'", 'ＡＣＤ', allOrNothing, 10, true],
    ['separated by 、 and spaces', 'A、 C 、D', allOrNothing, 10, true],
    ['a duplicate pick', ['A', 'C', 'D', 'a'], allOrNothing, 10, true],
    ['少选 gets nothing', ['A', 'C'], allOrNothing, 0, false],
    ['错选 gets nothing', ['A', 'B', 'C', 'D'], allOrNothing, 0, false],
    ['empty', [], allOrNothing, 0, false],
    // partial: a correct subset earns a share, a wrong pick zero
    ['exact, partial', 'ACD', halfForSubset, 10, true],
    ['少选 AC', ['A', 'C'], halfForSubset, 5, false],
    ['少选 single letter', 'd', halfForSubset, 5, false],
    ['错选 ABCD', 'ABCD', halfForSubset, 0, false],
    ['错选 B only', 'B', halfForSubset, 0, false],
    ['empty, partial', '', halfForSubset, 0, false],
    // partial with a penalty for a wrong pick
    ['少选 with penalty policy', ['C', 'A'], halfOrMinusTwo, 5, false],
    ['错选 with penalty', ['A', 'B'], halfOrMinusTwo, -2, false],
    ['a letter that is not an option is a wrong pick', 'ACZ', halfOrMinusTwo, -2, false],
    ['empty is not a wrong pick', [], halfOrMinusTwo, 0, false],
  ])('%s: %j → %d', (_why, answer, policy, score, correct) => {
    const result = gradeAnswer(question, answer, { multiplePolicy: policy });
    expect(result).toMatchObject({ status: 'graded', score, correct, maxScore: 10 });
  });

  it('reports the picks it read, sorted', () => {
    expect(gradeAnswer(question, ['c', 'Ａ']).detail?.selected).toEqual(['A', 'C']);
  });

  it('rounds a share to cents', () => {
    const q = aMultiple({ answer: ['B', 'C', 'D'], points: 5 });
    expect(gradeAnswer(q, 'BC', { multiplePolicy: { kind: 'partial', share: 1 / 3 } }).score).toBe(1.67);
  });

  it('reads a key given as one string or in lower case', () => {
    const q = aMultiple({ answer: ['e', 'b', 'd'], points: 4 });
    expect(gradeAnswer(q, 'BDE').correct).toBe(true);
  });

  it.each<[string, AnswerValue]>([
    ['a boolean', true],
    ['words', '优质方便'],
    ['an array holding words', ['A', '着装']],
  ])('%s is an invalid answer', (_why, answer) => {
    expect(gradeAnswer(question, answer, { multiplePolicy: halfOrMinusTwo })).toEqual({
      status: 'graded', correct: false, score: 0, maxScore: 10, detail: { reason: 'invalid-answer' },
    });
  });
});
