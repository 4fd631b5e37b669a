import type { AnswerValue } from '@jingsai/domain';
import { gradeAnswer } from './grade-answer';
import { aTrueFalse } from './testing/question.builders';

describe('true/false (判断)', () => {
  const yes = aTrueFalse({ answer: true, points: 5 });
  const no = aTrueFalse({ stem: '窃电者应承担补交电费五倍的违约使用电费。', answer: false, points: 5 });

  it.each<[AnswerValue, boolean]>([
    [true, true], [false, false],
    ['√', true], ['×', false],
    ['对', true], ['错', false],
    ['正确', true], ['错误', false],
    ['T', true], ['F', false],
    ['t', true], ['f', false],
    ['Ｔ', true], ['Ｆ', false],
    ['✓', true], ['x', false],
    [' 对。', true], ['true', true], ['FALSE', false],
  ])('%j reads as %s', (answer, value) => {
    expect(gradeAnswer(yes, answer)).toMatchObject({ status: 'graded', correct: value, score: value ? 5 : 0 });
    expect(gradeAnswer(no, answer)).toMatchObject({ status: 'graded', correct: !value, score: value ? 0 : 5 });
  });

  it('an empty answer is wrong, not invalid', () => {
    expect(gradeAnswer(yes, '')).toEqual({ status: 'graded', correct: false, score: 0, maxScore: 5 });
  });

  it.each<[string, AnswerValue]>([
    ['an array', ['√']],
    ['an unknown word', '也许'],
    ['a choice letter', 'B'],
  ])('%s is an invalid answer', (_why, answer) => {
    expect(gradeAnswer(yes, answer)).toEqual({ status: 'graded', correct: false, score: 0, maxScore: 5, detail: { reason: 'invalid-answer' } });
  });
});
