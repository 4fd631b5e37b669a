import { analyseContest } from './analyse-contest';
import { aContestInput, aQuestion, aRound, graded, soloTeams } from './analysis.builders';
import type { AnalysisAnswer } from './analysis.types';
import { itemRestCorrelation, upperLowerIndex } from './discrimination';

const samples = (totals: number[], shares: number[]) => totals.map((total, i) => ({ total, share: shares[i] }));

describe('upperLowerIndex', () => {
  it.each<[string, number[], number[], number, number | null]>([
    ['no unit', [], [], 0.27, null],
    ['one unit', [10], [1], 0.27, null],
    ['two units, the better one right: 1', [10, 0], [1, 0], 0.27, 1],
    ['two units, the better one wrong: −1', [10, 0], [0, 1], 0.27, -1],
    ['input order does not matter', [0, 10], [1, 0], 0.27, -1],
    // 10 units → groups of round(2.7) = 3: upper shares 1,1,0 → 2/3; lower 0,0,0.
    ['ten units, groups of three', [100, 90, 80, 70, 60, 50, 40, 30, 20, 10], [1, 1, 0, 1, 0, 1, 0, 0, 0, 0], 0.27, 0.6667],
    ['partial credit counts as its share', [30, 20, 10], [1, 0.5, 0.25], 0.27, 0.75],
    // All tied: both groups are the whole field, pro rata → 0, whatever the order.
    ['everybody tied on the total', [5, 5, 5, 5], [1, 0, 1, 0], 0.27, 0],
    // Groups of 2; the two 5s share the second place of each group: upper (1 + ½·1 + ½·0)/2 = 0.75, lower (0 + ½)/2 = 0.25.
    ['a tie across the group edge is shared', [9, 5, 5, 1], [1, 1, 0, 0], 0.5, 0.5],
  ])('%s', (_name, totals, shares, groupShare, expected) => {
    expect(upperLowerIndex(samples(totals, shares), groupShare)).toBe(expected);
  });
});

describe('itemRestCorrelation', () => {
  it.each<[string, number[], number[], number | null]>([
    // mx 0.5, my 1.5: Σdxdy 2, Σdx² 1, Σdy² 5 → 2/√5.
    ['right answers go with higher rest scores', [1, 1, 0, 0], [3, 2, 1, 0], 0.8944],
    ['the reverse', [0, 0, 1, 1], [3, 2, 1, 0], -0.8944],
    ['everyone right: undefined', [1, 1, 1], [3, 2, 1], null],
    ['everyone the same rest: undefined', [1, 0, 1], [2, 2, 2], null],
    ['one unit', [1], [3], null],
  ])('%s', (_name, shares, rests, expected) => {
    expect(itemRestCorrelation(shares, rests)).toBe(expected);
  });
});

describe('discrimination in a contest', () => {
  it('written round: over contestants ranked by their own total — a negative discrimination is flagged', () => {
    // q1 is the item; q2 and q3 (10 points each) set the totals. The strong contestants miss q1.
    const grid: Record<string, [boolean, boolean, boolean]> = {
      a: [false, true, true], // 20
      b: [false, true, true], // 20
      c: [false, true, false], // 10
      d: [true, false, false], // 10
      e: [true, false, false], // 10
      f: [true, false, false], // 10
    };
    const answers: AnalysisAnswer[] = Object.entries(grid).flatMap(([team, rights]) =>
      rights.map((right, i) => graded(right, { questionId: `q${i + 1}`, teamId: team, contestantId: `${team}1` })),
    );
    const input = aContestInput({
      ...soloTeams(Object.keys(grid)),
      questions: [1, 2, 3].map((n) => aQuestion({ id: `q${n}`, position: n, type: 'blank', options: undefined, answer: undefined })),
      answers,
    });
    const q1 = analyseContest(input).questions[0];
    // Groups of round(0.27·6) = 2: upper a, b (0, 0); lower: two of the four tied 10s, each ½ → (0 + 1 + 1 + 1)·½ / 2 = 0.75.
    expect(q1).toMatchObject({ facility: 0.5, discrimination: -0.75, flags: ['negative-discrimination'] });
    // Rest scores 20, 20, 10, 0, 0, 0 against shares 0, 0, 0, 1, 1, 1: −25 / √(1.5 · 483⅓).
    expect(q1.pointBiserial).toBe(-0.9285);
  });

  it('team rounds: over teams ranked by their leaderboard score (penalties and base included)', () => {
    const rights: Record<string, [boolean, boolean, boolean]> = {
      a: [true, true, true], // 30 (+100 base)
      b: [true, true, false], // 20 − 5 = 15
      c: [false, true, false], // 10 − 10 = 0
      d: [false, false, false], // −15
    };
    const answers = Object.entries(rights).flatMap(([team, r]) =>
      r.map((right, i) => graded(right, { questionId: `q${i + 1}`, teamId: team, contestantId: `${team}1` })),
    );
    const input = aContestInput({
      ...soloTeams(Object.keys(rights)),
      rounds: [aRound({ kind: 'required', settings: { wrongPenalty: 5 } })],
      questions: [1, 2, 3].map((n) => aQuestion({ id: `q${n}`, position: n, type: 'blank', options: undefined, answer: undefined })),
      answers,
      baseScore: 100,
    });
    const q1 = analyseContest(input).questions[0];
    // Groups of 1: a (right) vs d (wrong). Rests (score − q1 points): 120, 105, 105, 90 → 15/√450.
    expect(q1).toMatchObject({ unit: 'team', discrimination: 1, pointBiserial: 0.7071 });
  });

  it('a question answered by one unit has no discrimination', () => {
    const input = aContestInput({ rounds: [aRound({ kind: 'buzzer' })], answers: [graded(true, { teamId: 'a' })] });
    expect(analyseContest(input).questions[0]).toMatchObject({ answered: 1, discrimination: null, pointBiserial: null });
  });

  it('team totals ignore written-round contestants; contestant totals ignore team rounds', () => {
    // Contestant a1 is strong in the written round but its team is weak on the board, and the other way round for b.
    const input = aContestInput({
      rounds: [aRound({ id: 'w', kind: 'written' }), aRound({ id: 'x', kind: 'required', position: 2 })],
      questions: [
        aQuestion({ id: 'w1', roundId: 'w', type: 'blank', points: 10 }),
        aQuestion({ id: 'w2', roundId: 'w', type: 'blank', points: 10, position: 2 }),
        aQuestion({ id: 'x1', roundId: 'x', type: 'blank', points: 50 }),
        aQuestion({ id: 'x2', roundId: 'x', type: 'blank', points: 10, position: 2 }),
      ],
      answers: [
        graded(true, { questionId: 'w1', roundId: 'w', teamId: 'a', contestantId: 'a1' }),
        graded(true, { questionId: 'w2', roundId: 'w', teamId: 'a', contestantId: 'a1' }),
        graded(false, { questionId: 'w1', roundId: 'w', teamId: 'b', contestantId: 'b1' }),
        graded(false, { questionId: 'w2', roundId: 'w', teamId: 'b', contestantId: 'b1' }),
        graded(false, { questionId: 'x1', roundId: 'x', teamId: 'a', contestantId: 'a1', score: 0 }),
        graded(true, { questionId: 'x1', roundId: 'x', teamId: 'b', contestantId: 'b1', score: 50 }),
        graded(true, { questionId: 'x2', roundId: 'x', teamId: 'a', contestantId: 'a1' }),
        graded(false, { questionId: 'x2', roundId: 'x', teamId: 'b', contestantId: 'b1' }),
      ],
    });
    const byId = Object.fromEntries(analyseContest(input).questions.map((q) => [q.questionId, q.discrimination]));
    // w1: a1 (20) above b1 (0) → 1. x2: team b (50) above a (30) but only a right → −1.
    expect(byId).toEqual({ w1: 1, w2: 1, x1: 1, x2: -1 });
  });
});
