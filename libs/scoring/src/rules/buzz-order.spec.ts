import { at } from '../scoring.builders';
import { currentAnswerer, resolveBuzzOrder } from './buzz-order';

const ms = (seconds: number, extraMs = 0) => new Date(at(seconds).getTime() + extraMs);

describe('resolveBuzzOrder', () => {
  it.each([
    [
      'race on different milliseconds: the earlier server time wins, whatever the arrival order',
      [{ teamId: 'b', at: ms(1, 2) }, { teamId: 'a', at: ms(1, 1) }],
      { order: ['a', 'b'], falseStarts: [] },
    ],
    [
      'race on the same millisecond: arrival order breaks the tie',
      [{ teamId: 'b', at: ms(1) }, { teamId: 'a', at: ms(1) }],
      { order: ['b', 'a'], falseStarts: [] },
    ],
    [
      'a buzz at exactly openedAt is valid',
      [{ teamId: 'a', at: ms(0) }],
      { order: ['a'], falseStarts: [] },
    ],
    [
      'a buzz before open is a false start, excluded even if the team buzzes again',
      [{ teamId: 'a', at: ms(0, -1) }, { teamId: 'b', at: ms(2) }, { teamId: 'a', at: ms(1) }],
      { order: ['b'], falseStarts: ['a'] },
    ],
    [
      'a team counts once, at its earliest buzz',
      [{ teamId: 'a', at: ms(3) }, { teamId: 'b', at: ms(2) }, { teamId: 'a', at: ms(1) }, { teamId: 'b', at: ms(0, -5) }],
      { order: ['a'], falseStarts: ['b'] },
    ],
    ['no buzz', [], { order: [], falseStarts: [] }],
  ])('%s', (_name, buzzes, expected) => {
    expect(resolveBuzzOrder(buzzes, at(0))).toEqual(expected);
  });
});

describe('currentAnswerer', () => {
  it.each<[string[], string[], string | null]>([
    [['a', 'b', 'c'], [], 'a'],
    [['a', 'b', 'c'], ['a'], 'b'],
    [['a', 'b', 'c'], ['a', 'b'], 'c'],
    [['a', 'b'], ['a', 'b'], null],
    [[], [], null],
  ])('order %j, wrong %j → %s', (order, wrongTeams, expected) => {
    expect(currentAnswerer(order, wrongTeams)).toBe(expected);
  });
});
