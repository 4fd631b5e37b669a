import { answerTiming, isLate, remainingMs, type AnswerTiming, type AnswerWindow } from './round-clock';
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

describe('answerTiming', () => {
  const open: AnswerWindow = { openedAt: at(0), deadline };
  it.each<[string, Date, AnswerWindow, number, AnswerTiming]>([
    ['before the opening', at(-1), open, 500, 'not-open'],
    ['never opened', at(5), { openedAt: null, deadline: null }, 500, 'not-open'],
    ['at the opening', at(0), open, 500, 'on-time'],
    ['250 ms after the deadline, inside a 500 ms grace', plusMs(deadline, 250), open, 500, 'on-time'],
    ['501 ms after the deadline', plusMs(deadline, 501), open, 500, 'late'],
    ['closed early: inside the grace of the close', plusMs(at(10), 400), { ...open, closedAt: at(10) }, 500, 'on-time'],
    ['closed early: after the close and its grace', at(11), { ...open, closedAt: at(10) }, 500, 'late'],
    ['paused: refused while paused', at(12), { ...open, pausedAt: at(12) }, 500, 'paused'],
    ['paused long past the old deadline: still paused, not late', at(100), { ...open, pausedAt: at(12) }, 500, 'paused'],
    ['received before the pause began', at(11), { ...open, pausedAt: at(12) }, 500, 'on-time'],
    ['extended: the new deadline counts', at(40), { ...open, deadline: at(45) }, 500, 'on-time'],
    ['paused then closed: late after the close', at(20), { ...open, pausedAt: at(12), closedAt: at(15) }, 500, 'late'],
  ])('%s', (_name, receivedAt, window, graceMs, expected) => {
    expect(answerTiming(receivedAt, window, graceMs)).toBe(expected);
  });
});
