import { computeLeaderboard, ranksNeedingTieBreak } from './leaderboard.calculator';
import { aBoardInput, anEvent, at } from './scoring.builders';

describe('ranksNeedingTieBreak', () => {
  it.each<[string, number[], string[][]]>([
    ['no ties', [30, 20, 10, 0], []],
    ['tie for first', [20, 20, 10, 0], [['a', 'b']]],
    ['ties for first and third', [20, 20, 10, 10], [['a', 'b'], ['c', 'd']]],
    ['three-way tie for second', [30, 20, 20, 20], [['b', 'c', 'd']]],
    ['tie for fourth is not a podium tie', [40, 30, 20, 10, 10], []],
  ])('%s', (_name, scores, expected) => {
    const ids = ['a', 'b', 'c', 'd', 'e'].slice(0, scores.length);
    const board = computeLeaderboard(
      aBoardInput({
        teams: ids.map((id) => ({ id, name: id })),
        events: scores.map((points, i) => anEvent({ teamId: ids[i], points })),
      }),
    );
    expect(ranksNeedingTieBreak(board)).toEqual(expected);
  });
});

describe('tie-break rounds (加赛)', () => {
  const teams = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id }));
  const rounds = [
    { id: 'r1', title: 'Round 1' },
    { id: 'tb', title: '加赛' },
  ];
  const board = (events: ReturnType<typeof anEvent>[], tieBreakRoundIds?: string[]) =>
    computeLeaderboard(aBoardInput({ teams, rounds, events, tieBreakRoundIds, viewer: 'staff' }));

  it.each<[string, ReturnType<typeof anEvent>[], Record<string, number>, Record<string, number>, string[][]]>([
    [
      'a tie-break win breaks a tie for first without adding to the score',
      [anEvent({ teamId: 'a', points: 20 }), anEvent({ teamId: 'b', points: 20 }), anEvent({ teamId: 'c', points: 10 }), anEvent({ teamId: 'a', roundId: 'tb', points: 10, at: at(60) })],
      { a: 20, b: 20, c: 10, d: 0 },
      { a: 1, b: 2, c: 3, d: 4 },
      [],
    ],
    [
      'tie-break points outrank fewer wrong answers',
      [
        anEvent({ teamId: 'a', points: 20 }),
        anEvent({ teamId: 'b', points: 20 }),
        anEvent({ teamId: 'a', questionId: 'q2', points: 0, correct: false }),
        anEvent({ teamId: 'a', roundId: 'tb', points: 10, at: at(60) }),
      ],
      { a: 20, b: 20, c: 0, d: 0 },
      { a: 1, b: 2, c: 3, d: 3 },
      [['c', 'd']],
    ],
    [
      'both tie-break teams right: still tied, a further tie-break is needed',
      [anEvent({ teamId: 'a', points: 20 }), anEvent({ teamId: 'b', points: 20 }), anEvent({ teamId: 'a', roundId: 'tb', points: 10, at: at(60) }), anEvent({ teamId: 'b', roundId: 'tb', points: 10, at: at(60) })],
      { a: 20, b: 20, c: 0, d: 0 },
      { a: 1, b: 1, c: 3, d: 3 },
      [['a', 'b'], ['c', 'd']],
    ],
    [
      'a wrong tie-break answer (negative points) ranks below the tied rival',
      [anEvent({ teamId: 'a', points: 20 }), anEvent({ teamId: 'b', points: 20 }), anEvent({ teamId: 'a', roundId: 'tb', points: -5, correct: false, at: at(60) })],
      { a: 20, b: 20, c: 0, d: 0 },
      { b: 1, a: 2, c: 3, d: 3 },
      [['c', 'd']],
    ],
  ])('%s', (_name, events, scores, ranks, ties) => {
    const b = board(events, ['tb']);
    expect(Object.fromEntries(b.rows.map((r) => [r.teamId, r.score]))).toEqual(scores);
    expect(Object.fromEntries(b.rows.map((r) => [r.teamId, r.rank]))).toEqual(ranks);
    expect(ranksNeedingTieBreak(b)).toEqual(ties);
  });

  it('keeps the tie-break round out of the round columns and counts, and reports it as row.tieBreak', () => {
    const b = board([anEvent({ teamId: 'a', points: 20 }), anEvent({ teamId: 'a', roundId: 'tb', points: 10, correct: true, at: at(90) })], ['tb']);
    const a = b.rows.find((r) => r.teamId === 'a');
    expect(a).toMatchObject({ score: 20, rounds: { r1: 20 }, correct: 1, wrong: 0, lastCorrectAt: at(0).toISOString(), tieBreak: 10 });
    expect(a?.rounds).not.toHaveProperty('tb');
    expect(b.rows.find((r) => r.teamId === 'b')?.tieBreak).toBe(0);
  });

  it('without tieBreakRoundIds the same events count as normal points and rows carry no tieBreak', () => {
    const b = board([anEvent({ teamId: 'a', points: 20 }), anEvent({ teamId: 'a', roundId: 'tb', points: 10, at: at(60) })]);
    const a = b.rows.find((r) => r.teamId === 'a');
    expect(a).toMatchObject({ score: 30, rounds: { r1: 20, tb: 10 } });
    expect(a).not.toHaveProperty('tieBreak');
  });

  it('hides tie-break events after the freeze from the public board', () => {
    const events = [anEvent({ teamId: 'a', points: 20 }), anEvent({ teamId: 'b', points: 20 }), anEvent({ teamId: 'a', roundId: 'tb', points: 10, at: at(60) })];
    const pub = computeLeaderboard(aBoardInput({ teams, rounds, events, tieBreakRoundIds: ['tb'], viewer: 'public', freeze: { from: at(30) } }));
    expect(pub.rows.find((r) => r.teamId === 'a')?.tieBreak).toBe(0);
    expect(ranksNeedingTieBreak(pub)).toEqual([['a', 'b'], ['c', 'd']]);
  });
});
