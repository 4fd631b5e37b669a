import fc from 'fast-check';
import type { LeaderboardRow } from '@jingsai/domain';
import { computeLeaderboard } from './leaderboard.calculator';
import type { LeaderboardInput } from './leaderboard.calculator';
import { at } from './scoring.builders';
import type { Adjustment, ScoreEvent } from './score-event.types';

// Random contests: events, rejudges (an event replaced by a corrected one) and adjustments
// applied in sequence to a log; the board must depend only on the final log's content.

type Op =
  | { type: 'event'; team: number; round: number; question: number; points: number; correct: boolean | null; second: number }
  | { type: 'rejudge'; target: number; points: number; correct: boolean | null }
  | { type: 'adjust'; team: number; points: number; second: number };

const points = fc.oneof(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -90, max: 90 }).map((n) => n / 3));
const correct = fc.constantFrom<boolean | null>(true, false, null);
const second = fc.integer({ min: 0, max: 120 });

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('event' as const), team: fc.nat(), round: fc.nat(2), question: fc.nat(5), points, correct, second }),
  fc.record({ type: fc.constant('rejudge' as const), target: fc.nat(), points, correct }),
  fc.record({ type: fc.constant('adjust' as const), team: fc.nat(), points, second }),
);

const scenario = fc.record({
  teams: fc.array(fc.record({ name: fc.constantFrom('甲', '乙', 'Alpha', 'Beta'), group: fc.constantFrom(null, 'N', 'S') }), {
    minLength: 1,
    maxLength: 6,
  }),
  baseScore: fc.integer({ min: 0, max: 100 }),
  ops: fc.array(op, { maxLength: 60 }),
  viewer: fc.constantFrom<'public' | 'staff'>('public', 'staff'),
  freezeSecond: fc.option(second),
  shuffleSeed: fc.integer(),
});

function applyOps(teamCount: number, ops: Op[]): { events: ScoreEvent[]; adjustments: Adjustment[] } {
  const events: ScoreEvent[] = [];
  const adjustments: Adjustment[] = [];
  for (const o of ops) {
    if (o.type === 'event') {
      events.push({
        teamId: `t${o.team % teamCount}`,
        roundId: `r${o.round}`,
        questionId: `q${o.question}`,
        points: o.points,
        correct: o.correct,
        at: at(o.second),
      });
    } else if (o.type === 'rejudge') {
      if (events.length === 0) continue;
      const i = o.target % events.length;
      events[i] = { ...events[i], points: o.points, correct: o.correct };
    } else {
      adjustments.push({ teamId: `t${o.team % teamCount}`, points: o.points, reason: 'fix', at: at(o.second) });
    }
  }
  return { events, adjustments };
}

/** Seeded Fisher–Yates, so a failing case replays. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The ranking key, written independently of the implementation. */
function rankKey(row: LeaderboardRow): [number, number, number] {
  return [-row.score, row.wrong, row.lastCorrectAt === null ? Infinity : Date.parse(row.lastCorrectAt)];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

describe('computeLeaderboard (properties)', () => {
  it('depends only on the final log, ranks follow the sort, and scores add up', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { events, adjustments } = applyOps(s.teams.length, s.ops);
        const input: LeaderboardInput = {
          contestId: 'c',
          version: 3,
          teams: s.teams.map((t, i) => ({ id: `t${i}`, name: t.name, group: t.group })),
          rounds: [0, 1, 2].map((r) => ({ id: `r${r}`, title: `Round ${r}` })),
          baseScore: s.baseScore,
          events,
          adjustments,
          freeze: s.freezeSecond === null ? null : { from: at(s.freezeSecond) },
          viewer: s.viewer,
        };
        const board = computeLeaderboard(input);

        // 1. Same board from scratch with the log in another order.
        const again = computeLeaderboard({
          ...input,
          teams: shuffled(input.teams, s.shuffleSeed),
          events: shuffled(events, s.shuffleSeed),
          adjustments: shuffled(adjustments, s.shuffleSeed + 1),
        });
        expect(again).toEqual(board);

        // 2. Rows are sorted by the ranking key; equal keys share a rank, others get position + 1.
        board.rows.forEach((row, i) => {
          if (i === 0) return expect(row.rank).toBe(1);
          const cmp = compareKeys(rankKey(board.rows[i - 1]), rankKey(row));
          expect(cmp).toBeLessThanOrEqual(0);
          expect(row.rank).toBe(cmp === 0 ? board.rows[i - 1].rank : i + 1);
        });

        // 3. Total = teams × base + visible events + visible adjustments (each row rounded to 0.01).
        const hiddenFrom = board.frozen && input.freeze ? input.freeze.from.getTime() : Infinity;
        const visibleSum = [...events, ...adjustments]
          .filter((x) => x.at.getTime() < hiddenFrom)
          .reduce((sum, x) => sum + x.points, 0);
        const total = board.rows.reduce((sum, r) => sum + r.score, 0);
        expect(Math.abs(total - (input.teams.length * s.baseScore + visibleSum))).toBeLessThanOrEqual(
          input.teams.length * 0.005 + 1e-6,
        );

        // Round columns explain the score; groups add up their members.
        for (const row of board.rows) {
          const roundsSum = Object.values(row.rounds).reduce((a, b) => a + b, 0);
          const adjustmentsSum = adjustments
            .filter((a) => a.teamId === row.teamId && a.at.getTime() < hiddenFrom)
            .reduce((sum, a) => sum + a.points, 0);
          expect(Math.abs(row.score - (s.baseScore + roundsSum + adjustmentsSum))).toBeLessThanOrEqual(0.05);
        }
        const groupedTotal = board.rows.filter((r) => r.group != null).reduce((sum, r) => sum + r.score, 0);
        const groupsTotal = (board.groups ?? []).reduce((sum, g) => sum + g.score, 0);
        expect(groupsTotal).toBeCloseTo(groupedTotal, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('a rejudge is a replay: replacing an event equals building the corrected log directly', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.nat(), points, correct, (ops, target, newPoints, newCorrect) => {
        const teams = [0, 1, 2].map((i) => ({ id: `t${i}`, name: `Team ${i}` }));
        const base = { contestId: 'c', version: 1, teams, rounds: [], baseScore: 0, viewer: 'staff' as const };
        const before = applyOps(3, ops);
        fc.pre(before.events.length > 0);
        const after = applyOps(3, [...ops, { type: 'rejudge', target, points: newPoints, correct: newCorrect }]);

        const i = target % before.events.length;
        const corrected = before.events.map((e, j) => (j === i ? { ...e, points: newPoints, correct: newCorrect } : e));
        expect(computeLeaderboard({ ...base, ...after })).toEqual(
          computeLeaderboard({ ...base, events: corrected, adjustments: before.adjustments }),
        );
        const delta = newPoints - before.events[i].points;
        const row = (events: ScoreEvent[]) =>
          computeLeaderboard({ ...base, events, adjustments: before.adjustments }).rows.find(
            (r) => r.teamId === before.events[i].teamId,
          );
        expect(row(corrected)?.score).toBeCloseTo((row(before.events)?.score ?? 0) + delta, 1);
      }),
      { numRuns: 200 },
    );
  });
});
