import type { AnswerValue, Question } from '@jingsai/domain';
import { diffGrades, gradeAnswer, isValidAnswerShape } from './index';
import type { GradeResult } from './grading.types';
import { aBlank, aMultiple, aShort, aSingle, aTrueFalse } from './testing/question.builders';

const everyType: [string, Question][] = [
  ['single', aSingle()],
  ['multiple', aMultiple()],
  ['truefalse', aTrueFalse()],
  ['blank', aBlank()],
  ['short', aShort()],
];

describe('gradeAnswer: questions that cannot be graded automatically', () => {
  it.each(everyType)('a draft %s goes to review', (_type, question) => {
    expect(gradeAnswer({ ...question, draft: true } as Question, 'A')).toEqual({
      status: 'review', correct: null, score: 0, maxScore: question.points, detail: { reason: 'no-key' },
    });
  });

  it.each<[string, Question, AnswerValue]>([
    ['single without a key', aSingle({ answer: '' }), 'A'],
    ['multiple without a key', aMultiple({ answer: [] }), ['A']],
    ['truefalse without a key', aTrueFalse({ answer: null }), true],
    ['blank without a key', aBlank({ blanks: [] }), ['优质']],
    ['short without key points or reference', aShort({ keyPoints: [], reference: '' }), '优质'],
  ])('%s goes to review', (_why, question, answer) => {
    expect(gradeAnswer(question, answer)).toMatchObject({ status: 'review', correct: null, score: 0, detail: { reason: 'no-key' } });
  });
});

describe('gradeAnswer never throws on contestant input', () => {
  const junk: unknown[] = [null, undefined, 42, NaN, {}, { answer: 'A' }, [null], [[]], ['A', 1], '', '\u0000', 'ＡＢＣ'.repeat(2000), Symbol('x').toString()];
  const cases = everyType.flatMap(([type, question]) => junk.map((answer): [string, Question, unknown] => [type, question, answer]));

  it.each(cases)('%s with %p', (_type, question, answer) => {
    const result = gradeAnswer(question, answer as AnswerValue);
    expect(['graded', 'review']).toContain(result.status);
    expect(result.maxScore).toBe(question.points);
    if (result.status === 'graded') expect(result.score).toBeLessThanOrEqual(question.points);
  });
});

describe('isValidAnswerShape', () => {
  it.each<[string, Question, unknown, boolean]>([
    ['single: a letter', aSingle(), 'B', true],
    ['single: an array', aSingle(), ['B'], false],
    ['single: a number', aSingle(), 2, false],
    ['single: too long', aSingle(), 'B'.repeat(51), false],
    ['multiple: an array', aMultiple(), ['A', 'C'], true],
    ['multiple: a string', aMultiple(), 'ACD', true],
    ['multiple: an array with a number', aMultiple(), ['A', 3], false],
    ['multiple: 27 entries', aMultiple(), Array.from({ length: 27 }, () => 'A'), false],
    ['truefalse: a boolean', aTrueFalse(), false, true],
    ['truefalse: √', aTrueFalse(), '√', true],
    ['truefalse: null', aTrueFalse(), null, false],
    ['blank: an array', aBlank(), ['优质', '方便'], true],
    ['blank: one string', aBlank(), '优质、方便', true],
    ['blank: empty array', aBlank(), [], true],
    ['blank: 50 entries', aBlank(), Array.from({ length: 50 }, () => ''), true],
    ['blank: 51 entries', aBlank(), Array.from({ length: 51 }, () => ''), false],
    ['blank: an entry of 500 characters', aBlank(), ['优'.repeat(500)], true],
    ['blank: an entry of 501 characters', aBlank(), ['优'.repeat(501)], false],
    ['blank: an object', aBlank(), { 0: '优质' }, false],
    ['short: text', aShort(), '发扬团队精神', true],
    ['short: 5000 characters', aShort(), '团'.repeat(5000), true],
    ['short: 5001 characters', aShort(), '团'.repeat(5001), false],
    ['short: an array', aShort(), ['发扬团队精神'], false],
  ])('%s → %s', (_why, question, answer, valid) => expect(isValidAnswerShape(question, answer)).toBe(valid));
});

describe('diffGrades', () => {
  const right: GradeResult = { status: 'graded', correct: true, score: 10, maxScore: 10 };
  const wrong: GradeResult = { status: 'graded', correct: false, score: 0, maxScore: 10 };
  const half: GradeResult = { status: 'graded', correct: false, score: 5, maxScore: 10 };
  const pending: GradeResult = { status: 'review', correct: null, score: 0, maxScore: 10 };

  it.each<[string, GradeResult, GradeResult, boolean]>([
    ['same result', right, { ...right, detail: { selected: ['A'] } }, false],
    ['right → wrong', right, wrong, true],
    ['wrong → half (partial policy added)', wrong, half, true],
    ['graded wrong → review (key removed)', wrong, pending, true],
    ['review → review', pending, { ...pending, detail: { suggestedScore: 5 } }, false],
    ['float noise only', half, { ...half, score: 5.000000001 }, false],
  ])('%s → %s', (_why, before, after, changed) => expect(diffGrades(before, after)).toBe(changed));

  it('tells a rejudge apart when a key gains a variant', () => {
    const before = gradeAnswer(aBlank({ blanks: [['7天']], points: 2, orderFreeGroups: undefined }), ['一周']);
    const after = gradeAnswer(aBlank({ blanks: [['7天', '一周']], points: 2, orderFreeGroups: undefined }), ['一周']);
    expect(diffGrades(before, after)).toBe(true);
    expect(diffGrades(after, after)).toBe(false);
  });
});
