import { aSubmitContext, anAnswer, at, settingsOf } from '../scoring.builders';
import { riskRoundRule, validateStake } from './risk.round-rule';
import type { StakeRefusal } from './risk.round-rule';
import type { SubmitContext, SubmitRefusal } from './round-rule.types';

const settings = settingsOf({ kind: 'risk', stakes: [10, 20, 30], stakeOncePerTeam: true });

describe('risk round rule', () => {
  it('is answered by the team', () => {
    expect(riskRoundRule.answeringUnit(settings)).toBe('team');
  });

  describe('validateStake', () => {
    it.each<[string, number, number[], boolean | undefined, StakeRefusal | null]>([
      ['a listed tier', 20, [], true, null],
      ['not a tier', 15, [], true, 'invalid-tier'],
      ['reused tier when once per team', 20, [10, 20], true, 'tier-used'],
      ['reused tier when reuse allowed', 20, [10, 20], false, null],
      ['another unused tier', 30, [10, 20], true, null],
    ])('%s', (_name, points, used, oncePerTeam, expected) => {
      expect(validateStake(points, { ...settings, stakeOncePerTeam: oncePerTeam }, used)).toBe(expected);
    });

    it.each<[string, Date | null, StakeRefusal | null]>([
      ['before open', at(0), null],
      ['question not scheduled yet', null, null],
      ['at open', at(-1), 'question-open'],
    ])('timing: %s', (_name, openedAt, expected) => {
      expect(validateStake(10, settings, [], { at: at(-1), openedAt })).toBe(expected);
    });

    it('refuses every stake when the round has no tiers', () => {
      expect(validateStake(10, { ...settings, stakes: undefined }, [])).toBe('invalid-tier');
    });
  });

  it.each<[string, Partial<SubmitContext>, SubmitRefusal | null]>([
    ['staked before open', { stake: { points: 20, at: at(-10) } }, null],
    ['no stake', { stake: null }, 'no-stake'],
    ['stake placed after open does not count', { stake: { points: 20, at: at(1) } }, 'no-stake'],
    ['late beats stake check', { stake: null, receivedAt: at(40) }, 'too-late'],
  ])('canSubmit: %s', (_name, overrides, expected) => {
    expect(riskRoundRule.canSubmit(aSubmitContext(settings, overrides))).toBe(expected);
  });

  it.each([
    ['right → +stake', anAnswer({ stake: 30, score: 10, correct: true }), 30],
    ['wrong → −stake', anAnswer({ stake: 30, score: 0, correct: false }), -30],
    ['judged, at least half the points → +stake', anAnswer({ stake: 20, score: 5, maxScore: 10, correct: null }), 20],
    ['judged, under half → −stake', anAnswer({ stake: 20, score: 4.5, maxScore: 10, correct: null }), -20],
    ['no stake recorded → 0', anAnswer({ stake: undefined }), 0],
  ])('pointsFor: %s', (_name, answer, expected) => {
    expect(riskRoundRule.pointsFor({ settings, answer })).toBe(expected);
  });

  it('turns answers into events; a team that staked but did not answer gets no event (0 points)', () => {
    const answers = [anAnswer({ teamId: 'a', stake: 10 }), anAnswer({ teamId: 'b', stake: 20, score: 0, correct: false })];
    const events = riskRoundRule.toScoreEvents('r4', answers, settings, { a: 1, b: 1, c: 1 });
    expect(events.map((e) => [e.teamId, e.points, e.correct])).toEqual([
      ['a', 10, true],
      ['b', -20, false],
    ]);
  });
});
