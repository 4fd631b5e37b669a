import { databaseOffsetMs, type TimeSample } from './database-time';

const sample = (sentAt: number, receivedAt: number, databaseAt: number): TimeSample => ({ sentAt, receivedAt, databaseAt });

describe('databaseOffsetMs: how far the database is ahead of this machine', () => {
  it.each<[string, TimeSample[], number | null]>([
    ['no samples', [], null],
    ['in step', [sample(1000, 1002, 1001)], 0],
    ['this machine 7 s slow', [sample(1000, 1004, 8002)], 7000],
    ['this machine 3 s fast', [sample(5000, 5002, 2001)], -3000],
    ['the shortest round trip wins over a slow one', [sample(1000, 1400, 8300), sample(2000, 2002, 9001), sample(3000, 3100, 10090)], 7000],
    ['equal round trips: the first', [sample(1000, 1010, 1105), sample(2000, 2010, 2205)], 100],
    ['rounded to a millisecond', [sample(1000, 1003, 1000)], -1],
    ['never minus zero', [sample(1000, 1003, 1001)], 0],
  ])('%s', (_name, samples, expected) => {
    expect(databaseOffsetMs(samples)).toBe(expected);
  });
});
