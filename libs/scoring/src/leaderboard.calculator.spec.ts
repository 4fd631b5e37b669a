import type { Leaderboard } from '@jingsai/domain';
import { computeLeaderboard } from './leaderboard.calculator';
import type { ScoreEvent } from './score-event.types';
import { aBoardInput, anAdjustment, anEvent, at } from './scoring.builders';

const ranksOf = (board: Leaderboard) => board.rows.map((r) => [r.teamId, r.rank]);

describe('computeLeaderboard', () => {
  describe('ranks and tie-breaks', () => {
    it.each<[string, ScoreEvent[], [string, number][]]>([
      [
        'shared rank then skip (1, 1, 3)',
        [anEvent({ teamId: 'a', points: 10 }), anEvent({ teamId: 'b', points: 10 }), anEvent({ teamId: 'c', points: 5 })],
        [['a', 1], ['b', 1], ['c', 3]],
      ],
      [
        'higher score first',
        [anEvent({ teamId: 'c', points: 30 }), anEvent({ teamId: 'b', points: 20 }), anEvent({ teamId: 'a', points: 10 })],
        [['c', 1], ['b', 2], ['a', 3]],
      ],
      [
        'same score: fewer wrong first',
        [
          anEvent({ teamId: 'a', points: 10 }),
          anEvent({ teamId: 'a', questionId: 'q2', points: 0, correct: false }),
          anEvent({ teamId: 'b', points: 10 }),
        ],
        [['b', 1], ['a', 2], ['c', 3]],
      ],
      [
        'same score and wrong: earlier last correct first',
        [anEvent({ teamId: 'a', points: 10, at: at(20) }), anEvent({ teamId: 'b', points: 10, at: at(10) })],
        [['b', 1], ['a', 2], ['c', 3]],
      ],
      [
        'a team without any correct answer sorts after one with',
        [anEvent({ teamId: 'a', points: 0, correct: true, at: at(50) }), anEvent({ teamId: 'b', points: 0, correct: null })],
        [['a', 1], ['b', 2], ['c', 2]],
      ],
      [
        'tied on all criteria: sorted by name, same rank',
        [anEvent({ teamId: 'c', points: 10, at: at(7) }), anEvent({ teamId: 'a', points: 10, at: at(7) })],
        [['a', 1], ['c', 1], ['b', 3]],
      ],
    ])('%s', (_name, events, expected) => {
      expect(ranksOf(computeLeaderboard(aBoardInput({ events })))).toEqual(expected);
    });

    it('sorts by team name only among full ties, whatever the input order', () => {
      const teams = [
        { id: 'z', name: 'Zulu' },
        { id: 'm', name: 'Mike' },
        { id: 'b', name: 'Bravo' },
      ];
      const board = computeLeaderboard(aBoardInput({ teams }));
      expect(board.rows.map((r) => [r.teamName, r.rank])).toEqual([
        ['Bravo', 1],
        ['Mike', 1],
        ['Zulu', 1],
      ]);
    });
  });

  it('fills the per-round columns, counts and last correct time', () => {
    const board = computeLeaderboard(
      aBoardInput({
        baseScore: 100,
        events: [
          anEvent({ teamId: 'a', roundId: 'r1', questionId: 'q1', points: 10, correct: true, at: at(10) }),
          anEvent({ teamId: 'a', roundId: 'r1', questionId: 'q2', points: -5, correct: false, at: at(20) }),
          anEvent({ teamId: 'a', roundId: 'r2', questionId: 'q3', points: 7.5, correct: null, at: at(30) }),
          anEvent({ teamId: 'b', roundId: 'r2', questionId: 'q3', points: 20, correct: true, at: at(15) }),
        ],
        adjustments: [anAdjustment({ teamId: 'a', points: 2 })],
      }),
    );
    const [b, a, c] = board.rows;
    expect(b).toEqual({
      rank: 1,
      teamId: 'b',
      teamName: 'Bravo',
      group: null,
      score: 120,
      rounds: { r1: 0, r2: 20 },
      correct: 1,
      wrong: 0,
      lastCorrectAt: at(15).toISOString(),
    });
    expect(a).toMatchObject({ rank: 2, score: 114.5, rounds: { r1: 5, r2: 7.5 }, correct: 1, wrong: 1 });
    expect(a.lastCorrectAt).toBe(at(10).toISOString());
    expect(c).toMatchObject({ rank: 3, score: 100, rounds: { r1: 0, r2: 0 }, correct: 0, wrong: 0, lastCorrectAt: null });
  });

  it.each([
    ['thirds', [10 / 3, 10 / 3, 10 / 3], 10],
    ['0.1 + 0.2', [0.1, 0.2], 0.3],
    ['half away from zero', [1.005], 1.01],
  ])('rounds floating-point sums to 2 decimals (%s)', (_name, points, expected) => {
    const events = points.map((p, i) => anEvent({ questionId: `q${i}`, points: p }));
    const [row] = computeLeaderboard(aBoardInput({ events, teams: [{ id: 'a', name: 'Alpha' }] })).rows;
    expect(row.score).toBe(expected);
    expect(row.rounds.r1).toBe(expected);
  });

  it('ignores events and adjustments of unknown teams', () => {
    const board = computeLeaderboard(
      aBoardInput({ events: [anEvent({ teamId: 'ghost' })], adjustments: [anAdjustment({ teamId: 'ghost' })] }),
    );
    expect(board.rows.map((r) => r.score)).toEqual([0, 0, 0]);
  });

  it('rolls teams up by group, ranked with ties; teams without a group stay out', () => {
    const teams = [
      { id: 'a', name: 'A', group: 'North' },
      { id: 'b', name: 'B', group: 'North' },
      { id: 'c', name: 'C', group: 'South' },
      { id: 'd', name: 'D', group: 'East' },
      { id: 'e', name: 'E', group: null },
    ];
    const events = [
      anEvent({ teamId: 'a', points: 10 }),
      anEvent({ teamId: 'b', points: 5 }),
      anEvent({ teamId: 'c', points: 15 }),
      anEvent({ teamId: 'd', points: 3 }),
      anEvent({ teamId: 'e', points: 99 }),
    ];
    const board = computeLeaderboard(aBoardInput({ teams, events, baseScore: 1 }));
    expect(board.groups).toEqual([
      { group: 'North', score: 17, rank: 1, teams: 2 },
      { group: 'South', score: 16, rank: 2, teams: 1 },
      { group: 'East', score: 4, rank: 3, teams: 1 },
    ]);
    const tied = computeLeaderboard(aBoardInput({ teams, events: events.slice(0, 3) }));
    expect(tied.groups?.map((g) => [g.group, g.rank])).toEqual([
      ['North', 1],
      ['South', 1],
      ['East', 3],
    ]);
  });

  it('omits groups when no team has one', () => {
    expect(computeLeaderboard(aBoardInput()).groups).toBeUndefined();
  });

  describe('freeze', () => {
    const events = [
      anEvent({ teamId: 'a', points: 10, at: at(10) }),
      anEvent({ teamId: 'b', points: 30, at: at(60) }), // exactly at the freeze: hidden from the public
      anEvent({ teamId: 'c', points: 20, at: at(90) }),
    ];
    const adjustments = [anAdjustment({ teamId: 'a', points: 1, at: at(100) })];
    const freeze = { from: at(60) };

    it.each<['public' | 'staff', { from: Date } | null, boolean, Record<string, number>]>([
      ['public', freeze, true, { a: 10, b: 0, c: 0 }],
      ['staff', freeze, false, { a: 11, b: 30, c: 20 }],
      ['public', null, false, { a: 11, b: 30, c: 20 }],
      ['staff', null, false, { a: 11, b: 30, c: 20 }],
    ])('%s viewer, freeze %o → frozen=%s', (viewer, f, frozen, scores) => {
      const board = computeLeaderboard(aBoardInput({ viewer, freeze: f, events, adjustments, version: 7 }));
      expect(board).toMatchObject({ contestId: 'c1', version: 7, frozen });
      expect(Object.fromEntries(board.rows.map((r) => [r.teamId, r.score]))).toEqual(scores);
    });
  });
});
