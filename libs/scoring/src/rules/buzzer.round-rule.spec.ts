import { aSubmitContext, anAnswer, at, settingsOf } from '../scoring.builders';
import { buzzerRoundRule } from './buzzer.round-rule';
import { resolveBuzzOrder } from './buzz-order';
import type { SubmitContext, SubmitRefusal } from './round-rule.types';

const settings = settingsOf({ kind: 'buzzer', wrongPenalty: 5, falseStartPenalty: 3 });
const withPass = { ...settings, passOnWrong: true };

describe('buzzer round rule', () => {
  it('is answered by the team', () => {
    expect(buzzerRoundRule.answeringUnit(settings)).toBe('team');
  });

  describe('canSubmit', () => {
    const race = { buzzOrder: ['a', 'b', 'c'], falseStarts: ['d'] };
    it.each<[string, Partial<SubmitContext>, SubmitRefusal | null]>([
      ['the first buzzer answers', { ...race, teamId: 'a' }, null],
      ['the second buzzer must wait', { ...race, teamId: 'b' }, 'not-your-turn'],
      ['a team that did not buzz', { ...race, teamId: 'e' }, 'not-your-turn'],
      ['a false starter is locked out', { ...race, teamId: 'd' }, 'locked-out'],
      ['without 补答 the right does not pass after a wrong answer', { ...race, teamId: 'b', wrongTeams: ['a'] }, 'not-your-turn'],
      ['the team that answered wrong is locked out', { ...race, teamId: 'a', wrongTeams: ['a'] }, 'locked-out'],
      ['pass-on-wrong: the next buzzer gets the right', { ...race, teamId: 'b', wrongTeams: ['a'], settings: withPass }, null],
      ['pass-on-wrong: the third waits its turn', { ...race, teamId: 'c', wrongTeams: ['a'], settings: withPass }, 'not-your-turn'],
      ['pass-on-wrong: after two wrong the third answers', { ...race, teamId: 'c', wrongTeams: ['a', 'b'], settings: withPass }, null],
      ['before open', { ...race, teamId: 'a', openedAt: null }, 'not-open'],
      ['after deadline', { ...race, teamId: 'a', receivedAt: at(31) }, 'too-late'],
    ])('%s', (_name, overrides, expected) => {
      expect(buzzerRoundRule.canSubmit(aSubmitContext(settings, overrides))).toBe(expected);
    });
  });

  describe('pointsFor', () => {
    it.each([
      ['right answer earns the grade', anAnswer({ score: 10 }), settings, 10],
      ['right answer with round points', anAnswer({ score: 10 }), { ...settings, points: 20 }, 20],
      ['wrong answer costs wrongPenalty', anAnswer({ score: 0, correct: false }), settings, -5],
      ['wrong answer without penalty', anAnswer({ score: 0, correct: false }), { ...settings, wrongPenalty: undefined }, 0],
      ['false start costs falseStartPenalty', anAnswer({ falseStart: true, score: 0, correct: null }), settings, -3],
      ['false start without penalty', anAnswer({ falseStart: true, correct: null }), { ...settings, falseStartPenalty: undefined }, 0],
    ])('%s', (_name, answer, s, expected) => {
      expect(buzzerRoundRule.pointsFor({ settings: s, answer })).toBe(expected);
    });
  });

  it('turns a race with a false start and 补答 into score events', () => {
    const { order, falseStarts } = resolveBuzzOrder([
      { teamId: 'c', seq: 1, falseStart: true },
      { teamId: 'a', seq: 2, falseStart: false },
      { teamId: 'b', seq: 3, falseStart: false },
    ]);
    expect(order).toEqual(['a', 'b']);
    const answers = [
      anAnswer({ teamId: 'c', contestantId: 'c1', falseStart: true, score: 0, correct: null, at: at(-1) }),
      anAnswer({ teamId: order[0], score: 0, correct: false, buzzRank: 0, at: at(4) }),
      anAnswer({ teamId: order[1], contestantId: 'b1', score: 10, correct: true, buzzRank: 1, at: at(8) }),
    ];
    expect(falseStarts).toEqual(['c']);
    expect(buzzerRoundRule.toScoreEvents('r1', answers, withPass, {})).toEqual([
      { teamId: 'c', roundId: 'r1', questionId: 'q1', points: -3, correct: null, at: at(-1) },
      { teamId: 'a', roundId: 'r1', questionId: 'q1', points: -5, correct: false, at: at(4) },
      { teamId: 'b', roundId: 'r1', questionId: 'q1', points: 10, correct: true, at: at(8) },
    ]);
  });
});
