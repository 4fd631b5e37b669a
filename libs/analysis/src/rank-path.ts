import { round2 } from '@jingsai/scoring';
import type { Adjustment, ScoreEvent } from '@jingsai/scoring';
import type { AnalysisInput, AnalysisStep } from './analysis.types';
import { indexContest, type ContestIndex } from './contest-index';
import { competitionRanks } from './numbers.util';
import { scoreEventsOf } from './score-events';

export interface RankPaths {
  steps: AnalysisStep[];
  teams: { teamId: string; rankPath: number[]; scorePath: number[] }[];
}

/** Rank and score of every team after each question, in contest order (see `rankPathsOf`). */
export function computeRankPaths(input: AnalysisInput): RankPaths {
  const ix = indexContest(input);
  const events = input.scoreEvents ?? scoreEventsOf(ix, input.falseStarts ?? []);
  const { rankPaths, scorePaths } = rankPathsOf(ix, events, input.adjustments ?? [], input.baseScore);
  return {
    steps: stepsOf(ix),
    teams: ix.teams.map((t, i) => ({ teamId: t.id, rankPath: rankPaths[i], scorePath: scorePaths[i] })),
  };
}

export function stepsOf(ix: ContestIndex): AnalysisStep[] {
  return ix.questions.map((q) => ({ questionId: q.question.id, roundId: q.round.round.id, label: q.question.label ?? null }));
}

/**
 * Replays the leaderboard question by question. After step k the board holds the events of the
 * first k+1 questions (events of an unknown question count at the last step) and the adjustments
 * made by then; teams are ranked exactly as `computeLeaderboard` ranks them (score, tie-break
 * rounds, fewer wrong, earlier last correct; ties share a rank), with the score summed in the
 * same sorted order, so the last step is the final board. Incremental: one sort of the teams
 * per step, never a rebuild of the whole board.
 */
export function rankPathsOf(
  ix: ContestIndex,
  events: ScoreEvent[],
  adjustments: Adjustment[],
  baseScore: number,
): { rankPaths: number[][]; scorePaths: number[][] } {
  const nSteps = ix.questions.length;
  const nTeams = ix.teams.length;
  const rankPaths = ix.teams.map(() => new Array<number>(nSteps));
  const scorePaths = ix.teams.map(() => new Array<number>(nSteps));
  if (nSteps === 0) return { rankPaths, scorePaths };

  const eventsAt: ScoreEvent[][] = Array.from({ length: nSteps }, () => []);
  for (const event of events) eventsAt[ix.questionById.get(event.questionId)?.idx ?? nSteps - 1].push(event);
  const adjustmentsAt: Adjustment[][] = Array.from({ length: nSteps }, () => []);
  const stepOfTime = adjustmentStepFinder(ix);
  for (const adjustment of adjustments) adjustmentsAt[stepOfTime(adjustment.at.getTime())].push(adjustment);
  const tieBreakRounds = new Set(ix.rounds.filter((r) => r.tieBreak).map((r) => r.round.id));

  // Per team: every term of the score (base, events, adjustments), summed as stableSum sums them.
  const scores = ix.teams.map(() => new TermSum(baseScore));
  const tieBreaks = ix.teams.map(() => new TermSum(0));
  const score = new Float64Array(nTeams).fill(round2(baseScore));
  const tieBreak = new Float64Array(nTeams);
  const wrong = new Int32Array(nTeams);
  const lastCorrect = new Float64Array(nTeams).fill(Number.NaN); // NaN = no correct answer yet
  const dirty = new Uint8Array(nTeams);

  const compare = (a: number, b: number): number =>
    score[b] - score[a] || tieBreak[b] - tieBreak[a] || wrong[a] - wrong[b] || compareLastCorrect(lastCorrect[a], lastCorrect[b]);
  const order = Array.from({ length: nTeams }, (_, i) => i);

  for (let step = 0; step < nSteps; step++) {
    for (const event of eventsAt[step]) {
      const t = ix.teamIdx.get(event.teamId);
      if (t === undefined) continue; // the board ignores unknown teams too
      dirty[t] = 1;
      if (tieBreakRounds.has(event.roundId)) {
        tieBreaks[t].add(event.points);
        continue;
      }
      scores[t].add(event.points);
      if (event.correct === true) {
        const time = event.at.getTime();
        if (Number.isNaN(lastCorrect[t]) || time > lastCorrect[t]) lastCorrect[t] = time;
      } else if (event.correct === false) wrong[t]++;
    }
    for (const adjustment of adjustmentsAt[step]) {
      const t = ix.teamIdx.get(adjustment.teamId);
      if (t === undefined) continue;
      dirty[t] = 1;
      scores[t].add(adjustment.points);
    }
    for (let t = 0; t < nTeams; t++) {
      if (!dirty[t]) continue;
      dirty[t] = 0;
      score[t] = round2(scores[t].sum());
      tieBreak[t] = round2(tieBreaks[t].sum());
    }
    // The previous order is nearly sorted already: cheap for a merge sort.
    order.sort(compare);
    const ranks = competitionRanks(nTeams, (p, c) => compare(order[p], order[c]) === 0);
    for (let i = 0; i < nTeams; i++) {
      const t = order[i];
      rankPaths[t][step] = ranks[i];
      scorePaths[t][step] = score[t];
    }
  }
  return { rankPaths, scorePaths };
}

/**
 * An adjustment counts from the step of the last question opened at or before it (from the
 * first step when it precedes them all); with no opening time known, at the last step.
 */
function adjustmentStepFinder(ix: ContestIndex): (at: number) => number {
  const timed = ix.questions.filter((q) => q.openedAt !== null);
  const last = ix.questions.length - 1;
  if (timed.length === 0) return () => last;
  return (at) => {
    let step = -1;
    for (const q of timed) if ((q.openedAt as number) <= at && q.idx > step) step = q.idx;
    return Math.max(step, 0);
  };
}

/** Same order as the board: the earlier last correct first, none last. */
function compareLastCorrect(a: number, b: number): number {
  const noneA = Number.isNaN(a);
  const noneB = Number.isNaN(b);
  if (noneA || noneB) return noneA === noneB ? 0 : noneA ? 1 : -1;
  return a - b;
}

/** Terms up to 2^-6 apart and well below 2^53 add up exactly, in any order. */
const DYADIC_SCALE = 64;
const EXACT_LIMIT = 2 ** 46;

/**
 * A running sum equal, bit for bit, to `stableSum` of the terms added so far (sorted ascending,
 * added left to right from 0). While every term is a multiple of 1/64 (points, halves, quarters…)
 * and the absolute sum stays far below 2^53, every partial sum is exact, so the plain running
 * sum is that value and nothing is sorted. The first other term (a third of a point from a
 * team mean, say) switches this team to a sorted list re-summed on demand.
 */
export class TermSum {
  private exact: boolean;
  private running: number;
  private absolute: number;
  private readonly terms: number[];

  constructor(first: number) {
    this.terms = [first];
    this.running = 0 + first;
    this.absolute = Math.abs(first);
    this.exact = isDyadic(first) && this.absolute < EXACT_LIMIT;
  }

  add(value: number): void {
    if (this.exact && isDyadic(value) && this.absolute + Math.abs(value) < EXACT_LIMIT) {
      this.terms.push(value);
      this.running += value;
      this.absolute += Math.abs(value);
      return;
    }
    if (this.exact) {
      this.exact = false;
      this.terms.sort((a, b) => a - b);
    }
    insertSorted(this.terms, value);
  }

  sum(): number {
    if (this.exact) return this.running;
    // Left to right from 0 over ascending terms: the very additions stableSum makes.
    let total = 0;
    for (const v of this.terms) total += v;
    return total;
  }
}

function isDyadic(value: number): boolean {
  return Number.isInteger(value * DYADIC_SCALE);
}

function insertSorted(sorted: number[], value: number): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, value);
}
