import { aSubmitContext, anAnswer, at, settingsOf } from '../scoring.builders';
import type { GradedAnswer, SubmitContext, SubmitRefusal } from './round-rule.types';
import { placeRightAnswers, speedRoundRule, speedTier } from './speed.round-rule';

const settings = settingsOf({ kind: 'speed', speedTiers: [1, 0.5, 0.25] });

describe('speed round rule', () => {
  it('is answered by the team, results after the close', () => {
    expect(speedRoundRule.answeringUnit(settings)).toBe('team');
    expect(speedRoundRule.defaultResultVisibility).toBe('after-close');
  });

  it.each<[string, Partial<SubmitContext>, SubmitRefusal | null]>([
    ['every team may answer an open question', {}, null],
    ['not opened', { openedAt: null }, 'not-open'],
    ['after the deadline', { receivedAt: at(31) }, 'too-late'],
    ['the team already answered', { alreadyAnswered: true }, 'already-answered'],
  ])('canSubmit: %s', (_name, overrides, expected) => {
    expect(speedRoundRule.canSubmit(aSubmitContext(settings, overrides))).toBe(expected);
  });

  it.each<[string, number[] | undefined, number, number]>([
    ['first place', [1, 0.5, 0.25], 0, 1],
    ['second place', [1, 0.5, 0.25], 1, 0.5],
    ['past the last tier keeps the last', [1, 0.5, 0.25], 7, 0.25],
    ['default tiers, second place', undefined, 1, 0.8],
    ['default tiers, fifth place', undefined, 4, 0.4],
    ['an empty list means the defaults', [], 2, 0.6],
  ])('speedTier: %s', (_name, speedTiers, place, expected) => {
    expect(speedTier({ speedTiers }, place)).toBe(expected);
  });

  it.each([
    ['first right answer → full points', anAnswer({ score: 10, place: 0 }), settings, 10],
    ['second right answer → second tier', anAnswer({ score: 10, place: 1 }), settings, 5],
    ['round points are scaled too', anAnswer({ score: 10, place: 1 }), { ...settings, points: 20 }, 10],
    ['wrong → 0, never a penalty', anAnswer({ score: 0, correct: false }), { ...settings, wrongPenalty: 5 }, 0],
    ['partial credit is not right → 0', anAnswer({ score: 4, correct: false }), settings, 0],
    ['judged, half the points → right', anAnswer({ score: 5, correct: null, place: 1 }), settings, 2.5],
    ['judged, under half → 0', anAnswer({ score: 4, correct: null }), settings, 0],
  ])('pointsFor: %s', (_name, answer, s, expected) => {
    expect(speedRoundRule.pointsFor({ settings: s, answer })).toBe(expected);
  });

  describe('toScoreEvents', () => {
    const answer = (teamId: string, seconds: number, correct: boolean, overrides: Partial<GradedAnswer> = {}) =>
      anAnswer({ teamId, contestantId: `${teamId}1`, at: at(seconds), correct, score: correct ? 10 : 0, id: `s-${teamId}`, ...overrides });

    it.each<[string, GradedAnswer[], Record<string, number>]>([
      ['places by arrival, whatever order the rows come in', [answer('c', 9, true), answer('a', 3, true), answer('b', 5, false)], { a: 10, b: 0, c: 5 }],
      ['a wrong answer takes no place', [answer('b', 1, false), answer('a', 2, true), answer('c', 3, true)], { a: 10, b: 0, c: 5 }],
      ['later right answers keep the last tier', [answer('a', 1, true), answer('b', 2, true), answer('c', 3, true), answer('d', 4, true)], { a: 10, b: 5, c: 2.5, d: 2.5 }],
      [
        'the same millisecond: the submission id decides',
        [answer('a', 2, true, { id: 's-9' }), answer('b', 2, true, { id: 's-1' })],
        { a: 5, b: 10 },
      ],
    ])('%s', (_name, answers, expected) => {
      const events = speedRoundRule.toScoreEvents('r1', answers, settings, {});
      expect(Object.fromEntries(events.map((e) => [e.teamId, e.points]))).toEqual(expected);
    });

    it('places each question on its own', () => {
      const answers = [answer('a', 1, true), answer('b', 2, true), answer('b', 3, true, { questionId: 'q2' }), answer('a', 4, true, { questionId: 'q2' })];
      const events = speedRoundRule.toScoreEvents('r1', answers, settings, {});
      expect(events.map((e) => [e.teamId, e.questionId, e.points, e.correct])).toEqual([
        ['a', 'q1', 10, true],
        ['b', 'q1', 5, true],
        ['b', 'q2', 10, true],
        ['a', 'q2', 5, true],
      ]);
    });
  });

  it('placeRightAnswers keeps the input order and leaves wrong answers unplaced', () => {
    const placed = placeRightAnswers([anAnswer({ teamId: 'b', at: at(5) }), anAnswer({ teamId: 'x', correct: false, score: 0 }), anAnswer({ teamId: 'a', at: at(1) })]);
    expect(placed.map((a) => [a.teamId, a.place])).toEqual([
      ['b', 1],
      ['x', undefined],
      ['a', 0],
    ]);
  });
});
