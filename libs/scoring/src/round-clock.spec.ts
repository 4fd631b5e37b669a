import { isLate, remainingMs } from './round-clock';
import { at } from './scoring.builders';

const plusMs = (d: Date, ms: number) => new Date(d.getTime() + ms);
const deadline = at(30);

describe('isLate', () => {
  it.each<[string, Date, number, boolean]>([
    ['before the deadline', at(29), 0, false],
    ['exactly at the deadline', deadline, 0, false],
    ['1 ms after, no grace', plusMs(deadline, 1), 0, true],
    ['inside the grace', plusMs(deadline, 499), 500, false],
    ['exactly at deadline + grace', plusMs(deadline, 500), 500, false],
    ['1 ms past the grace', plusMs(deadline, 501), 500, true],
    ['a negative grace counts as none', plusMs(deadline, 0), -500, false],
  ])('%s', (_name, receivedAt, graceMs, expected) => {
    expect(isLate(receivedAt, deadline, graceMs)).toBe(expected);
  });
});

describe('remainingMs', () => {
  it.each<[string, Date, Date | undefined, number]>([
    ['running', at(10), undefined, 20_000],
    ['past the deadline is 0, never negative', at(40), undefined, 0],
    ['paused: the clock stands at the pause', at(25), at(12), 18_000],
  ])('%s', (_name, now, pausedAt, expected) => {
    expect(remainingMs(now, deadline, pausedAt)).toBe(expected);
  });
});
