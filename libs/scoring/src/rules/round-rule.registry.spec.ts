import { ROUND_KINDS } from '@jingsai/domain';
import type { RoundKind } from '@jingsai/domain';
import { settingsOf } from '../scoring.builders';
import { roundRuleFor } from './round-rule.registry';

describe('roundRuleFor', () => {
  it.each<[RoundKind, 'contestant' | 'team']>([
    ['written', 'contestant'],
    ['required', 'team'],
    ['buzzer', 'team'],
    ['risk', 'team'],
    ['speed', 'team'],
  ])('%s → a rule of that kind answered by %s', (kind, unit) => {
    const rule = roundRuleFor(kind);
    expect(rule.kind).toBe(kind);
    expect(rule.answeringUnit(settingsOf({ kind }))).toBe(unit);
  });

  it('covers every domain round kind', () => {
    expect(ROUND_KINDS.map((k) => roundRuleFor(k).kind)).toEqual([...ROUND_KINDS]);
  });

  it('throws on an unknown kind', () => {
    expect(() => roundRuleFor('relay' as RoundKind)).toThrow(RangeError);
  });
});
