import { aSubmitContext, anAnswer, at, settingsOf } from '../scoring.builders';
import { requiredRoundRule } from './required.round-rule';
import type { SubmitContext, SubmitRefusal } from './round-rule.types';

const settings = settingsOf({ kind: 'required', wrongPenalty: 5 });

describe('required round rule', () => {
  it('is answered by the team', () => {
    expect(requiredRoundRule.answeringUnit(settings)).toBe('team');
  });

  it.each<[string, Partial<SubmitContext>, SubmitRefusal | null]>([
    ['open question', {}, null],
    ['at the deadline exactly', { receivedAt: at(30) }, null],
    ['after the deadline, no grace', { receivedAt: new Date(at(30).getTime() + 1) }, 'too-late'],
    ['the team already answered', { alreadyAnswered: true }, 'already-answered'],
    ['not opened', { openedAt: null }, 'not-open'],
  ])('canSubmit: %s', (_name, overrides, expected) => {
    expect(requiredRoundRule.canSubmit(aSubmitContext(settings, overrides))).toBe(expected);
  });

  it.each([
    ['right → grader score', anAnswer({ score: 8, maxScore: 8 }), settings, 8],
    ['right → round points when set', anAnswer({ score: 8, maxScore: 8 }), { ...settings, points: 20 }, 20],
    ['partial credit is not wrong', anAnswer({ score: 4, maxScore: 8, correct: false }), settings, 4],
    ['partial credit scales to round points', anAnswer({ score: 4, maxScore: 8, correct: false }), { ...settings, points: 20 }, 10],
    ['wrong → −wrongPenalty', anAnswer({ score: 0, correct: false }), settings, -5],
    ['wrong, no penalty configured → 0', anAnswer({ score: 0, correct: false }), { ...settings, wrongPenalty: undefined }, 0],
    ['judged short answer → judges’ score', anAnswer({ score: 6.5, maxScore: 10, correct: null }), settings, 6.5],
  ])('pointsFor: %s', (_name, answer, s, expected) => {
    expect(requiredRoundRule.pointsFor({ settings: s, answer })).toBe(expected);
  });

  it('emits one event per team answer', () => {
    const answers = [anAnswer({ teamId: 'a', score: 8 }), anAnswer({ teamId: 'b', score: 0, correct: false, at: at(9) })];
    expect(requiredRoundRule.toScoreEvents('r2', answers, settings, {})).toEqual([
      { teamId: 'a', roundId: 'r2', questionId: 'q1', points: 8, correct: true, at: at(5) },
      { teamId: 'b', roundId: 'r2', questionId: 'q1', points: -5, correct: false, at: at(9) },
    ]);
  });
});
