import { computeLeaderboard } from './leaderboard.calculator';
import { aBoardInput, anEvent } from './scoring.builders';

describe('group totals: sum or mean', () => {
  const teams = [
    { id: 'a', name: 'A', group: 'North' },
    { id: 'b', name: 'B', group: 'North' },
    { id: 'c', name: 'C', group: 'South' },
  ];
  it.each([
    // mode, base, points a/b/c, North, South, ranks North/South
    ['sum', 100, [0, 0, 0], 200, 100, [1, 2]],
    ['mean', 100, [0, 0, 0], 100, 100, [1, 1]],
    ['sum', 0, [10, 0, 8], 10, 8, [1, 2]],
    ['mean', 0, [10, 0, 8], 5, 8, [2, 1]],
    ['mean', 100, [10, 5, 0], 107.5, 100, [1, 2]],
    ['mean', 0, [1, 0, 0], 0.5, 0, [1, 2]],
    ['mean', 0, [10, 10, 5], 10, 5, [1, 2]],
  ] as const)('%s, base %d, points %j: North %d, South %d', (mode, baseScore, points, north, south, ranks) => {
    const events = points.map((p, i) => anEvent({ teamId: teams[i].id, points: p }));
    const board = computeLeaderboard(aBoardInput({ teams, events, baseScore, groupScore: mode }));
    const byName = new Map((board.groups ?? []).map((g) => [g.group, g]));
    expect([byName.get('North')?.score, byName.get('South')?.score]).toEqual([north, south]);
    expect([byName.get('North')?.rank, byName.get('South')?.rank]).toEqual([...ranks]);
    expect(byName.get('North')?.teams).toBe(2);
    expect(board.groupScore).toBe(mode);
  });

  it('a board without groups says nothing about how they combine', () => {
    const board = computeLeaderboard(aBoardInput({ teams: [{ id: 'a', name: 'A' }], groupScore: 'mean' }));
    expect(board.groups).toBeUndefined();
    expect(board.groupScore).toBeUndefined();
  });
});
