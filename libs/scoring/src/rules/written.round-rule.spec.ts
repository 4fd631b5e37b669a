import { aSubmitContext, anAnswer, at, settingsOf } from '../scoring.builders';
import type { SubmitContext, SubmitRefusal } from './round-rule.types';
import { writtenRoundRule } from './written.round-rule';

const settings = settingsOf({ kind: 'written' });

describe('written round rule', () => {
  it('is answered by each contestant', () => {
    expect(writtenRoundRule.answeringUnit(settings)).toBe('contestant');
  });

  it.each<[string, Partial<SubmitContext>, SubmitRefusal | null]>([
    ['open question', {}, null],
    ['not opened yet', { openedAt: null }, 'not-open'],
    ['received before open', { receivedAt: at(-1) }, 'not-open'],
    ['within grace', { receivedAt: at(31), settings: { ...settings, graceMs: 1000 } }, null],
    ['after deadline + grace', { receivedAt: new Date(at(31).getTime() + 1), settings: { ...settings, graceMs: 1000 } }, 'too-late'],
    ['second answer by the same contestant', { alreadyAnswered: true }, 'already-answered'],
  ])('canSubmit: %s', (_name, overrides, expected) => {
    expect(writtenRoundRule.canSubmit(aSubmitContext(settings, overrides))).toBe(expected);
  });

  it.each([
    ['grader score', anAnswer({ score: 4, maxScore: 10, correct: false }), settings, 4],
    ['wrong is 0, never a penalty', anAnswer({ score: 0, correct: false }), { ...settings, wrongPenalty: 5 }, 0],
    ['round points rescale the grade', anAnswer({ score: 5, maxScore: 10, correct: false }), { ...settings, points: 4 }, 2],
  ])('pointsFor: %s', (_name, answer, s, expected) => {
    expect(writtenRoundRule.pointsFor({ settings: s, answer })).toBe(expected);
  });

  describe('toScoreEvents', () => {
    // Team a has 3 members, 2 of whom answered q1; team b has 2 members who both answered.
    const answers = [
      anAnswer({ teamId: 'a', contestantId: 'a1', score: 10, correct: true, at: at(3) }),
      anAnswer({ teamId: 'a', contestantId: 'a2', score: 5, correct: false, at: at(9) }),
      anAnswer({ teamId: 'b', contestantId: 'b1', score: 10, correct: true, at: at(4) }),
      anAnswer({ teamId: 'b', contestantId: 'b2', score: 10, correct: true, at: at(6) }),
      anAnswer({ teamId: 'b', contestantId: 'b1', questionId: 'q2', score: 0, correct: false, at: at(7) }),
    ];
    const teamSizes = { a: 3, b: 2 };

    it.each<['sum' | 'mean' | undefined, Record<string, number>]>([
      [undefined, { 'a/q1': 15, 'b/q1': 20, 'b/q2': 0 }],
      ['sum', { 'a/q1': 15, 'b/q1': 20, 'b/q2': 0 }],
      ['mean', { 'a/q1': 5, 'b/q1': 10, 'b/q2': 0 }],
    ])('teamScore=%s: one event per team and question', (teamScore, expected) => {
      const events = writtenRoundRule.toScoreEvents('r1', answers, { ...settings, teamScore }, teamSizes);
      expect(Object.fromEntries(events.map((e) => [`${e.teamId}/${e.questionId}`, e.points]))).toEqual(expected);
    });

    it('marks a team right/wrong only when all members agree, timed at the last member', () => {
      const events = writtenRoundRule.toScoreEvents('r1', answers, settings, teamSizes);
      expect(events.map((e) => [e.teamId, e.questionId, e.correct, e.at, e.roundId])).toEqual([
        ['a', 'q1', null, at(9), 'r1'],
        ['b', 'q1', true, at(6), 'r1'],
        ['b', 'q2', false, at(7), 'r1'],
      ]);
    });

    it('mean never divides by fewer than the members who answered', () => {
      const events = writtenRoundRule.toScoreEvents('r1', answers.slice(0, 2), { ...settings, teamScore: 'mean' }, {});
      expect(events[0].points).toBe(7.5);
    });
  });
});
