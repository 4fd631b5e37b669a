import { analyseContest } from './analyse-contest';
import { aContestInput, anAnswer, aQuestion, aRound, at, graded, soloTeams } from './analysis.builders';
import type { AnalysisAnswer, AnalysisQuestion, AnalysisThresholds, OptionAnalysis, QuestionAnalysis } from './analysis.types';

/** The analysis of q1 (single choice, key B, 10 points) in a written round of `n` one-member teams. */
function analyseQ1(answers: AnalysisAnswer[], question: Partial<AnalysisQuestion> = {}, thresholds: Partial<AnalysisThresholds> = {}): QuestionAnalysis {
  const ids = Array.from({ length: Math.max(answers.length, 1) }, (_, i) => `t${i}`);
  const numbered = answers.map((a, i) => ({ ...a, teamId: `t${i}`, contestantId: `t${i}1` }));
  const input = aContestInput({ ...soloTeams(ids), questions: [aQuestion(question)], answers: numbered, thresholds });
  return analyseContest(input).questions[0];
}

const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

describe('item analysis: counts and facility', () => {
  it.each<[string, AnalysisAnswer[], Partial<QuestionAnalysis>]>([
    [
      'facility 0.5: 2 right of 4; a 少选 answer with points is partial; mean share (1+1+0.5+0)/4',
      [graded(true), graded(true), anAnswer({ score: 5, correct: false, answer: 'A' }), graded(false, { answer: 'C' })],
      { answered: 4, graded: 4, right: 2, partial: 1, wrong: 1, tooLate: 0, facility: 0.5, meanShare: 0.625 },
    ],
    [
      'too late and ungraded answers are not in the facility',
      [graded(true), graded(false), anAnswer({ status: 'too_late', score: null, correct: null }), anAnswer({ status: 'review', score: null, correct: null })],
      { answered: 3, graded: 2, ungraded: 1, right: 1, wrong: 1, tooLate: 1, facility: 0.5 },
    ],
    [
      'facility 1/3, rounded to 4 decimals',
      [graded(true), graded(false), graded(false)],
      { right: 1, wrong: 2, facility: 0.3333 },
    ],
    [
      'nobody answered: no facility, no discrimination, no shares, no time',
      [],
      { answered: 0, graded: 0, facility: null, meanShare: null, discrimination: null, pointBiserial: null, optionShares: null, meanSeconds: null, flags: [] },
    ],
  ])('%s', (_name, answers, expected) => {
    expect(analyseQ1(answers)).toMatchObject(expected);
  });

  it.each<[string, 'right' | 'partial' | 'wrong', AnalysisAnswer]>([
    ['judged, every point', 'right', anAnswer({ score: 20, maxScore: 20, correct: null })],
    ['judged, some points', 'partial', anAnswer({ score: 12, maxScore: 20, correct: null })],
    ['judged, no point', 'wrong', anAnswer({ score: 0, maxScore: 20, correct: null })],
    ['marked wrong with a negative score (错选 penalty)', 'wrong', anAnswer({ score: -2, correct: false })],
    ['maxScore defaults to the question points', 'right', anAnswer({ score: 10, correct: null })],
  ])('%s → %s', (_name, expected, answer) => {
    const q = analyseQ1([answer], { type: 'short', points: 10, options: undefined, answer: undefined });
    expect({ right: q.right, partial: q.partial, wrong: q.wrong }).toEqual({ right: 0, partial: 0, wrong: 0, [expected]: 1 });
  });

  it('mean time to answer is over on-time answers that know their open time', () => {
    const q = analyseQ1([
      graded(true, { receivedAt: at(4) }),
      graded(true, { receivedAt: at(11) }),
      graded(true, { receivedAt: at(9), openedAt: null }),
      anAnswer({ status: 'too_late', receivedAt: at(40) }),
    ]);
    expect(q.meanSeconds).toBe(7.5);
  });

  it("judges' spread is the mean of max − min over answers with at least two judges", () => {
    const q = analyseQ1(
      [
        anAnswer({ correct: null, score: 14, maxScore: 20, judgeScores: [12, 16] }),
        anAnswer({ correct: null, score: 15, maxScore: 20, judgeScores: [10, 15, 20] }),
        anAnswer({ correct: null, score: 18, maxScore: 20, judgeScores: [18] }),
      ],
      { type: 'short', points: 20, options: undefined, answer: undefined },
    );
    expect(q.judgeSpread).toBe(7); // (4 + 10) / 2
    expect(q.optionShares).toBeNull();
  });
});

describe('item analysis: flags', () => {
  const blank: Partial<AnalysisQuestion> = { type: 'blank', options: undefined, answer: undefined };
  const some = (right: number, wrong: number) => [...times(right, () => graded(true)), ...times(wrong, () => graded(false, { answer: 'A' }))];
  it.each<[string, AnalysisAnswer[], string[]]>([
    ['20 of 20 right: too easy (> 95%)', some(20, 0), ['too-easy']],
    ['19 of 20 right is exactly 95%: not too easy', some(19, 1), []],
    ['1 of 20 right: too hard (< 10%)', some(1, 19), ['too-hard']],
    ['2 of 20 right is exactly 10%: not too hard', some(2, 18), []],
    ['4 of 4 right: too few answers to flag (minAnswers 5)', some(4, 0), []],
    ['5 of 5 right: enough answers', some(5, 0), ['too-easy']],
  ])('%s', (_name, answers, expected) => {
    // A fill-in question: no option flags mixed in.
    expect(analyseQ1(answers, blank).flags).toEqual(expected);
  });

  it('thresholds can be changed', () => {
    expect(analyseQ1(some(3, 1), blank, { tooEasy: 0.7, minAnswers: 1 }).flags).toEqual(['too-easy']);
  });
});

describe('item analysis: options', () => {
  const picks = (...values: (string | string[] | boolean)[]) => values.map((answer) => anAnswer({ answer }));
  const view = (options: OptionAnalysis[] | null) => options?.map((o) => [o.key, o.share, o.isKey, o.flags]);
  it.each<[string, Partial<AnalysisQuestion>, AnalysisAnswer[], [string, number, boolean, string[]][], string[]]>([
    [
      'single: shares of each option, the key marked, a distractor nobody picks',
      {},
      picks('B', 'B', 'A', 'C', 'B'),
      [['A', 0.2, false, []], ['B', 0.6, true, []], ['C', 0.2, false, []], ['D', 0, false, ['unused-distractor']]],
      ['unused-distractor'],
    ],
    [
      'single: a distractor more popular than the key',
      {},
      picks('A', 'A', 'A', 'B', 'C', 'D'),
      [['A', 0.5, false, ['distractor-beats-key']], ['B', 0.1667, true, []], ['C', 0.1667, false, []], ['D', 0.1667, false, []]],
      ['distractor-beats-key'],
    ],
    [
      'multiple: each pick counts; a distractor beats the least-picked key option',
      { type: 'multiple', answer: ['A', 'C'] },
      picks(['A', 'C'], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['B']),
      [['A', 0.8, true, []], ['B', 0.6, false, ['distractor-beats-key']], ['C', 0.4, true, []], ['D', 0, false, ['unused-distractor']]],
      ['distractor-beats-key', 'unused-distractor'],
    ],
    [
      'true/false: the wrong statement more popular than the key',
      { type: 'truefalse', options: undefined, answer: false },
      picks(true, true, true, false, false),
      [['true', 0.6, false, ['distractor-beats-key']], ['false', 0.4, true, []]],
      ['distractor-beats-key'],
    ],
    [
      'answers are normalised (" b" is B) and keys outside the options are ignored',
      { options: ['A', 'B'] },
      picks(' b', 'a', 'Z', 'B', 'B'),
      [['A', 0.2, false, []], ['B', 0.6, true, []]],
      [],
    ],
    [
      'options derived from the key and the picks when the question lists none',
      { options: undefined },
      picks('C', 'B', 'B', 'B', 'B'),
      [['B', 0.8, true, []], ['C', 0.2, false, []]],
      [],
    ],
    [
      'a draft without a key: shares but no distractor flags',
      { answer: '' },
      picks('A', 'A', 'A', 'A', 'A'),
      [['A', 1, false, []], ['B', 0, false, []], ['C', 0, false, []], ['D', 0, false, []]],
      [],
    ],
    [
      'fewer answers than minAnswers: shares but no flags',
      {},
      picks('A', 'A'),
      [['A', 1, false, []], ['B', 0, true, []], ['C', 0, false, []], ['D', 0, false, []]],
      [],
    ],
  ])('%s', (_name, question, answers, expectedOptions, expectedFlags) => {
    // Correctness is irrelevant here: every answer is marked right so that no facility flag shows.
    const q = analyseQ1(answers, question);
    expect(view(q.options)).toEqual(expectedOptions);
    expect(q.optionShares).toEqual(Object.fromEntries(expectedOptions.map(([key, share]) => [key, share])));
    expect(q.flags.filter((f) => f !== 'too-easy')).toEqual(expectedFlags);
  });

  it('no shares for a type without options', () => {
    expect(analyseQ1([anAnswer({ answer: ['优质', '方便'] })], { type: 'blank', options: undefined, answer: undefined }).options).toBeNull();
  });
});

describe('item analysis: rounds', () => {
  it('takes the unit from the round kind and keeps the question label', () => {
    const input = aContestInput({
      rounds: [aRound(), aRound({ id: 'r2', kind: 'buzzer', position: 2 })],
      questions: [aQuestion({ label: '笔答 1' }), aQuestion({ id: 'q2', roundId: 'r2', position: 1 })],
    });
    expect(analyseContest(input).questions.map((q) => [q.questionId, q.unit, q.label])).toEqual([
      ['q1', 'contestant', '笔答 1'],
      ['q2', 'team', null],
    ]);
  });
});
