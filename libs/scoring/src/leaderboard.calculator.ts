import type { GroupScoreMode, Leaderboard, LeaderboardRow } from '@jingsai/domain';
import { round2, stableSum } from './decimal.util';
import type { Adjustment, ScoreEvent } from './score-event.types';

export interface LeaderboardTeam {
  id: string;
  name: string;
  group?: string | null;
}

export interface LeaderboardInput {
  contestId: string;
  version: number;
  teams: LeaderboardTeam[];
  rounds: { id: string; title: string }[];
  /** Every team starts with it. */
  baseScore: number;
  events: ScoreEvent[];
  adjustments: Adjustment[];
  /** Events/adjustments at or after `from` are hidden from the public board. */
  freeze?: { from: Date } | null;
  /** Staff always see the live board; the public sees the frozen one while frozen. */
  viewer: 'public' | 'staff';
  /**
   * Tie-break (加赛) rounds: their events never add to the score, the round columns, the
   * correct/wrong counts or the last-correct time; their sum is the first tie-break key after
   * the score (`row.tieBreak`), ahead of fewer wrong and earlier last correct.
   */
  tieBreakRoundIds?: string[];
  /** Group totals: the sum of the group's teams (default) or their mean. */
  groupScore?: GroupScoreMode;
}

export type LeaderboardGroup = NonNullable<Leaderboard['groups']>[number];

/**
 * Recomputes the whole board from the graded log (never incremented in place), so a rejudge
 * is just a replay. Events/adjustments of unknown teams are ignored: they cannot be placed.
 */
export function computeLeaderboard(input: LeaderboardInput): Leaderboard {
  const frozen = input.viewer === 'public' && input.freeze != null;
  const hiddenFrom = frozen && input.freeze ? input.freeze.from.getTime() : Infinity;
  const visible = <T extends { at: Date }>(item: T): boolean => item.at.getTime() < hiddenFrom;

  const tieBreakRounds = new Set(input.tieBreakRoundIds ?? []);
  const hasTieBreak = tieBreakRounds.size > 0;
  const visibleEvents = input.events.filter(visible);
  const eventsByTeam = groupBy(visibleEvents.filter((e) => !tieBreakRounds.has(e.roundId)), (e) => e.teamId);
  const tieBreakByTeam = groupBy(visibleEvents.filter((e) => tieBreakRounds.has(e.roundId)), (e) => e.teamId);
  const adjustmentsByTeam = groupBy(input.adjustments.filter(visible), (a) => a.teamId);

  const rows: LeaderboardRow[] = input.teams.map((team) => {
    const own = eventsByTeam.get(team.id) ?? [];
    const ownAdjustments = adjustmentsByTeam.get(team.id) ?? [];

    // A column for every round, 0 when the team has no event there; an event of a round not
    // listed still gets its column so that the columns always add up to the score.
    const roundIds = new Set([...input.rounds.map((r) => r.id).filter((id) => !tieBreakRounds.has(id)), ...own.map((e) => e.roundId)]);
    const rounds: Record<string, number> = {};
    for (const roundId of roundIds) {
      rounds[roundId] = round2(stableSum(own.filter((e) => e.roundId === roundId).map((e) => e.points)));
    }

    const correctTimes = own.filter((e) => e.correct === true).map((e) => e.at.getTime());
    const score = round2(
      stableSum([input.baseScore, ...own.map((e) => e.points), ...ownAdjustments.map((a) => a.points)]),
    );
    const row: LeaderboardRow = {
      rank: 0,
      teamId: team.id,
      teamName: team.name,
      group: team.group ?? null,
      score,
      rounds,
      correct: correctTimes.length,
      wrong: own.filter((e) => e.correct === false).length,
      lastCorrectAt: correctTimes.length ? new Date(Math.max(...correctTimes)).toISOString() : null,
    };
    if (hasTieBreak) row.tieBreak = round2(stableSum((tieBreakByTeam.get(team.id) ?? []).map((e) => e.points)));
    return row;
  });

  rows.sort((a, b) => compareRank(a, b) || compareText(a.teamName, b.teamName) || compareText(a.teamId, b.teamId));
  assignRanks(rows, (a, b) => compareRank(a, b) === 0);

  const board: Leaderboard = { contestId: input.contestId, version: input.version, frozen, rows };
  const mode = input.groupScore ?? 'sum';
  const groups = rollUpGroups(rows, mode);
  if (groups.length) {
    board.groups = groups;
    board.groupScore = mode;
  }
  return board;
}

/**
 * Groups of team ids sharing one of ranks 1..3, best rank first: the teams that need a
 * tie-break question.
 */
export function ranksNeedingTieBreak(board: Leaderboard): string[][] {
  const byRank = new Map<number, string[]>();
  for (const row of board.rows) {
    if (row.rank > 3) continue;
    byRank.set(row.rank, [...(byRank.get(row.rank) ?? []), row.teamId]);
  }
  return [...byRank.entries()]
    .filter(([, teamIds]) => teamIds.length > 1)
    .sort(([a], [b]) => a - b)
    .map(([, teamIds]) => teamIds);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

/** Ranking criteria only (no name): higher score, more tie-break points, fewer wrong, earlier last correct (none = last). */
function compareRank(a: LeaderboardRow, b: LeaderboardRow): number {
  return b.score - a.score || (b.tieBreak ?? 0) - (a.tieBreak ?? 0) || a.wrong - b.wrong || compareLastCorrect(a.lastCorrectAt, b.lastCorrectAt);
}

function compareLastCorrect(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return Date.parse(a) - Date.parse(b);
}

/** Code-unit order: deterministic on every server, whatever its ICU data. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Competition ranking (1, 1, 3) over rows already in order. */
function assignRanks<T extends { rank: number }>(sorted: T[], tied: (a: T, b: T) => boolean): void {
  sorted.forEach((row, i) => {
    row.rank = i > 0 && tied(sorted[i - 1], row) ? sorted[i - 1].rank : i + 1;
  });
}

function rollUpGroups(rows: LeaderboardRow[], mode: GroupScoreMode): LeaderboardGroup[] {
  const members = new Map<string, number[]>();
  for (const row of rows) {
    if (row.group == null) continue;
    members.set(row.group, [...(members.get(row.group) ?? []), row.score]);
  }
  const groups: LeaderboardGroup[] = [...members.entries()].map(([group, scores]) => ({
    group,
    score: round2(mode === 'mean' ? stableSum(scores) / scores.length : stableSum(scores)),
    rank: 0,
    teams: scores.length,
  }));
  groups.sort((a, b) => b.score - a.score || compareText(a.group, b.group));
  assignRanks(groups, (a, b) => a.score === b.score);
  return groups;
}
