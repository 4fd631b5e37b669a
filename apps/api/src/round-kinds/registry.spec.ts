import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ROUND_KINDS } from '@jingsai/domain';
import type { RoundEntity } from '../database/entities';
import { isPaperRound, roundKind } from './registry';
import { RoundSettingsDto } from './round-settings.dto';

const aRound = (kind: RoundEntity['kind'], settings: RoundEntity['settings'] = {}): RoundEntity =>
  ({ id: 'r1', contestId: 'c1', title: 'r', kind, position: 1, secondsPerQuestion: 30, settings }) as RoundEntity;

describe('round kind registry', () => {
  it('has a plug-in for every domain kind, playing by the rule of that kind', () => {
    expect(ROUND_KINDS.map((kind) => roundKind(kind).rule.kind)).toEqual([...ROUND_KINDS]);
  });

  it.each<[string, { buzz: boolean; stake: boolean; paper: boolean }]>([
    ['written', { buzz: false, stake: false, paper: true }],
    ['required', { buzz: false, stake: false, paper: false }],
    ['buzzer', { buzz: true, stake: false, paper: false }],
    ['risk', { buzz: false, stake: true, paper: false }],
    ['speed', { buzz: false, stake: false, paper: false }],
  ])('%s admits %j', (kind, accepts) => {
    expect(roundKind(kind as RoundEntity['kind']).accepts).toEqual(accepts);
  });

  it.each<[string, RoundEntity['kind'], RoundEntity['settings'], RoundEntity['settings']]>([
    ['risk without tiers gets 10/20/30', 'risk', {}, { stakes: [10, 20, 30] }],
    ['risk keeps its tiers', 'risk', { stakes: [5] }, { stakes: [5] }],
    ['speed without tiers gets the defaults', 'speed', {}, { speedTiers: [1, 0.8, 0.6, 0.4] }],
    ['speed keeps its tiers', 'speed', { speedTiers: [1, 0.5] }, { speedTiers: [1, 0.5] }],
    ['required adds nothing', 'required', { wrongPenalty: 5 }, { wrongPenalty: 5 }],
  ])('defaults: %s', (_name, kind, given, expected) => {
    expect(roundKind(kind).withDefaults(given)).toEqual(expected);
  });

  it('a paper round is a written round with a paper', () => {
    const paper = { draw: [{ count: 1 }], minutes: 5 };
    expect([isPaperRound(aRound('written', { paper })), isPaperRound(aRound('written')), isPaperRound(aRound('required', { paper }))]).toEqual([true, false, false]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['every kind’s own fields are known to the one settings DTO', { passOnWrong: true, stakes: [10], teamScore: 'mean', speedTiers: [1, 0.5] }, []],
    ['speed tiers above 1', { speedTiers: [1.2] }, ['speedTiers']],
    ['an empty tier list', { speedTiers: [] }, ['speedTiers']],
    ['an unknown field', { relay: true }, ['relay']],
  ])('settings: %s', (_name, body, failing) => {
    const errors = validateSync(plainToInstance(RoundSettingsDto, body), { whitelist: true, forbidNonWhitelisted: true });
    expect(errors.map((e) => e.property)).toEqual(failing);
  });
});
