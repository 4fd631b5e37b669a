import { round2 } from './decimal.util';

export type JudgeAggregationRule = 'mean' | 'median' | 'trimmed';

/**
 * One score from several judges' scores, rounded to 2 decimals. `trimmed` drops one highest
 * and one lowest when there are at least 3 scores (else it is the mean). Throws on no scores:
 * an unjudged answer has no score, not 0.
 */
export function aggregateJudgeScores(scores: number[], rule: JudgeAggregationRule): number {
  if (scores.length === 0) throw new RangeError('aggregateJudgeScores needs at least one score');
  const sorted = [...scores].sort((a, b) => a - b);
  switch (rule) {
    case 'mean':
      return round2(mean(sorted));
    case 'median': {
      const mid = Math.floor(sorted.length / 2);
      return round2(sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
    }
    case 'trimmed':
      return round2(mean(sorted.length >= 3 ? sorted.slice(1, -1) : sorted));
  }
}

/** Judges disagree when the spread (max − min) exceeds `maxSpread`: the answer needs a look. */
export function isDisagreement(scores: number[], maxSpread: number): boolean {
  if (scores.length < 2) return false;
  return Math.max(...scores) - Math.min(...scores) > maxSpread;
}

function mean(values: number[]): number {
  return values.reduce((total, v) => total + v, 0) / values.length;
}
