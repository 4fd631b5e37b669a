import { stableSum } from '@jingsai/scoring';
import type { ScoreEvent } from '@jingsai/scoring';
import { analyseContest } from './analyse-contest';
import { aContestInput, aRound, at, graded, soloTeams } from './analysis.builders';
import type { AnalysisAnswer, AnalysisInput } from './analysis.types';
import { computeRankPaths, TermSum } from './rank-path';
import { blankQ, boardEvents, boardRanks, mixedContest, randomContest } from './rank-path.fixtures';

const pathsOf = (input: AnalysisInput) =>
  Object.fromEntries(computeRankPaths(input).teams.map((t) => [t.teamId, { rank: t.rankPath, score: t.scorePath }]));

describe('rank paths', () => {
  const required = aRound({ kind: 'required' });
  const threeQuestions = [blankQ('q1', 'r1', 1), blankQ('q2', 'r1', 2), blankQ('q3', 'r1', 3)];
  const answer = (q: string, team: string, right: boolean, seconds: number) =>
    graded(right, { questionId: q, teamId: team, contestantId: `${team}1`, receivedAt: at(seconds) });

  it.each<[string, AnalysisAnswer[], Record<string, { rank: number[]; score: number[] }>]>([
    [
      'ties share a rank (1, 1, 3), then the board tie-breaks split them; a question nobody answered keeps the ranks',
      [
        answer('q1', 'a', true, 5),
        answer('q1', 'b', true, 5),
        answer('q1', 'c', false, 5),
        answer('q2', 'a', false, 65),
        answer('q2', 'c', true, 65),
      ],
      {
        a: { rank: [1, 2, 2], score: [10, 10, 10] }, // one wrong, last correct at 5 s
        b: { rank: [1, 1, 1], score: [10, 10, 10] }, // no wrong
        c: { rank: [3, 3, 3], score: [0, 10, 10] }, // one wrong, last correct at 65 s
      },
    ],
    [
      'a team with no answer yet is tied with the others at the base score',
      [answer('q2', 'b', true, 65)],
      { a: { rank: [1, 2, 2], score: [0, 0, 0] }, b: { rank: [1, 1, 1], score: [0, 10, 10] }, c: { rank: [1, 2, 2], score: [0, 0, 0] } },
    ],
  ])('%s', (_name, answers, expected) => {
    const input = aContestInput({ ...soloTeams(['a', 'b', 'c']), rounds: [required], questions: threeQuestions, answers });
    expect(pathsOf(input)).toEqual(expected);
  });

  it('steps follow contest order: round position, then question position', () => {
    const input = aContestInput({
      rounds: [aRound({ id: 'late', position: 2 }), aRound({ id: 'early', position: 1 })],
      questions: [blankQ('x', 'late', 1), blankQ('z', 'early', 2), blankQ('y', 'early', 1, { label: '必答 1' })],
    });
    expect(computeRankPaths(input).steps).toEqual([
      { questionId: 'y', roundId: 'early', label: '必答 1' },
      { questionId: 'z', roundId: 'early', label: null },
      { questionId: 'x', roundId: 'late', label: null },
    ]);
  });

  it('an adjustment counts from the last question opened before it', () => {
    const input = aContestInput({
      rounds: [required],
      questions: threeQuestions.map((q, i) => ({ ...q, openedAt: at(60 * i) })),
      adjustments: [
        { teamId: 'b', points: 5, reason: 'bonus', at: at(70) }, // during q2
        { teamId: 'a', points: 1, reason: 'early', at: at(-30) }, // before q1: from the start
      ],
    });
    expect(pathsOf(input)).toEqual({ a: { rank: [1, 2, 2], score: [1, 1, 1] }, b: { rank: [2, 1, 1], score: [0, 5, 5] } });
  });

  it('uses the given score events as they are, an unknown question at the last step', () => {
    const event = (questionId: string, teamId: string, points: number): ScoreEvent => ({ teamId, roundId: 'r1', questionId, points, correct: null, at: at(1) });
    const input = aContestInput({
      rounds: [required],
      questions: threeQuestions,
      answers: [answer('q1', 'a', true, 5)], // ignored: the events decide
      scoreEvents: [event('q1', 'b', 3), event('gone', 'a', 4)],
    });
    expect(pathsOf(input)).toEqual({ a: { rank: [2, 2, 1], score: [0, 0, 4] }, b: { rank: [1, 1, 2], score: [3, 3, 3] } });
  });

  it('every round kind, stakes, penalties, false starts, adjustments and a tie-break round: the last point is the final board', () => {
    const input = mixedContest();
    const analysis = analyseContest(input);
    const expected = boardRanks(input, boardEvents(input), input.adjustments ?? []);
    expect(Object.fromEntries(analysis.teams.map((t) => [t.teamId, t.rankPath[t.rankPath.length - 1]]))).toEqual(expected);
    expect(Object.fromEntries(analysis.teams.map((t) => [t.teamId, t.rank]))).toEqual(expected);
    // Hand-computed (see mixedContest): c and d tie for 3rd on every criterion.
    expect(expected).toEqual({ a: 2, b: 1, c: 3, d: 3 });
  });

  it('random contests: the rank after every question is the board of the events up to it', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 40; run++) {
      const input = randomContest(random);
      const events = boardEvents(input);
      const paths = computeRankPaths(input);
      const stepOf = new Map(paths.steps.map((s, i) => [s.questionId, i]));
      const opened = input.questions.map((q) => q.openedAt as Date).sort((a, b) => a.getTime() - b.getTime());
      paths.steps.forEach((_, k) => {
        const upTo = events.filter((e) => (stepOf.get(e.questionId) as number) <= k);
        const adjustments = (input.adjustments ?? []).filter((a) => k === paths.steps.length - 1 || a.at < opened[k + 1]);
        const expected = boardRanks(input, upTo, adjustments);
        expect(Object.fromEntries(paths.teams.map((t) => [t.teamId, t.rankPath[k]]))).toEqual(expected);
      });
    }
  });
});

describe('TermSum', () => {
  it.each<[string, number[]]>([
    ['whole and half points', [100, 10, -5, 2.5, 20, -10]],
    ['a third of a point switches to the sorted sum', [0, 10 / 3, 10 / 3, 10 / 3, 0.1, 0.2, -0.3]],
    ['tenths from the start', [0.1, 0.2, 0.3, 0.7, -0.4]],
    ['huge values leave the exact path', [2 ** 45, 2 ** 45, 0.5, -(2 ** 45)]],
  ])('%s: equals stableSum after every term', (_name, terms) => {
    const sum = new TermSum(terms[0]);
    terms.slice(1).forEach((term, i) => {
      sum.add(term);
      expect(sum.sum()).toBe(stableSum(terms.slice(0, i + 2)));
    });
  });
});
