import { buzzHolder, currentAnswerer, resolveBuzzOrder } from './buzz-order';

describe('resolveBuzzOrder', () => {
  const buzz = (teamId: string, seq: number, falseStart = false) => ({ teamId, seq, falseStart });
  it.each([
    ['arrival number decides, whatever order the rows come in', [buzz('b', 2), buzz('a', 1)], { order: ['a', 'b'], falseStarts: [] }],
    ['a single valid buzz', [buzz('a', 1)], { order: ['a'], falseStarts: [] }],
    [
      'a buzz before open is a false start, excluded even if the team buzzes again',
      [buzz('a', 1, true), buzz('b', 3), buzz('a', 2)],
      { order: ['b'], falseStarts: ['a'] },
    ],
    ['a team counts once, at its first buzz', [buzz('a', 2), buzz('b', 3), buzz('a', 4), buzz('c', 1, true)], { order: ['a', 'b'], falseStarts: ['c'] }],
    ['no buzz', [], { order: [], falseStarts: [] }],
  ])('%s', (_name, buzzes, expected) => {
    expect(resolveBuzzOrder(buzzes)).toEqual(expected);
  });
});

describe('buzzHolder', () => {
  it.each<[string, string[], string[], boolean, string | null]>([
    ['the first buzzer holds the right', ['a', 'b'], [], false, 'a'],
    ['without 补答 nobody holds it after a wrong answer', ['a', 'b'], ['a'], false, null],
    ['with 补答 it passes down the order', ['a', 'b'], ['a'], true, 'b'],
    ['with 补答, when everyone was wrong, nobody', ['a', 'b'], ['a', 'b'], true, null],
  ])('%s', (_name, order, wrong, pass, expected) => {
    expect(buzzHolder(order, wrong, pass)).toBe(expected);
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
