import { aggregateJudgeScores, isDisagreement } from './judge-aggregation';
import type { JudgeAggregationRule } from './judge-aggregation';

describe('aggregateJudgeScores', () => {
  it.each<[JudgeAggregationRule, number[], number]>([
    ['mean', [6, 7], 6.5],
    ['mean', [6, 7, 9], 7.33],
    ['mean', [2, 8, 6, 10, 9], 7],
    ['median', [6, 7], 6.5],
    ['median', [9, 6, 7], 7],
    ['median', [2, 8, 6, 10, 9], 8],
    ['trimmed', [6, 7], 6.5], // fewer than 3: mean
    ['trimmed', [9, 6, 7], 7], // drops 6 and 9
    ['trimmed', [2, 8, 6, 10, 9], 7.67], // drops 2 and 10 → (6+8+9)/3
    ['trimmed', [5, 5, 5, 10, 0], 5], // drops one 0 and one 10 only
    ['mean', [8.5], 8.5],
  ])('%s of %j → %d', (rule, scores, expected) => {
    expect(aggregateJudgeScores(scores, rule)).toBe(expected);
  });

  it('does not reorder the caller’s array', () => {
    const scores = [9, 6, 7];
    aggregateJudgeScores(scores, 'median');
    expect(scores).toEqual([9, 6, 7]);
  });

  it('refuses an empty list: an unjudged answer has no score', () => {
    expect(() => aggregateJudgeScores([], 'mean')).toThrow(RangeError);
  });
});

describe('isDisagreement', () => {
  it.each<[number[], number, boolean]>([
    [[6, 8], 2, false], // spread equal to the limit is fine
    [[6, 8.5], 2, true],
    [[3, 5, 9, 4], 5, true],
    [[7], 0, false],
    [[], 0, false],
  ])('%j with max spread %d → %s', (scores, maxSpread, expected) => {
    expect(isDisagreement(scores, maxSpread)).toBe(expected);
  });
});
