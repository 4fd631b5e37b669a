import { computeLeaderboard, roundRuleFor, stableSum } from '@jingsai/scoring';
import type { Adjustment, GradedAnswer, ScoreEvent } from '@jingsai/scoring';
import { analyseContest } from './analyse-contest';
import { aContestInput, anAnswer, aQuestion, aRound, at, graded, soloTeams } from './analysis.builders';
import type { AnalysisAnswer, AnalysisInput, AnalysisQuestion, AnalysisRound } from './analysis.types';
import { computeRankPaths, TermSum } from './rank-path';

const blankQ = (id: string, roundId: string, position: number, extra: Partial<AnalysisQuestion> = {}) =>
  aQuestion({ id, roundId, position, type: 'blank', options: undefined, answer: undefined, ...extra });

const pathsOf = (input: AnalysisInput) =>
  Object.fromEntries(computeRankPaths(input).teams.map((t) => [t.teamId, { rank: t.rankPath, score: t.scorePath }]));

/** The events as LeaderboardService.fromLog builds them: one toScoreEvents call per round, over all its graded answers. */
function boardEvents(input: AnalysisInput): ScoreEvent[] {
  const points = new Map(input.questions.map((q) => [q.id, q.points]));
  const sizes: Record<string, number> = {};
  for (const c of input.contestants) sizes[c.teamId] = (sizes[c.teamId] ?? 0) + 1;
  return input.rounds.flatMap((round) => {
    const answers: GradedAnswer[] = input.answers
      .filter((a) => a.roundId === round.id && a.status === 'graded')
      .map((a) => ({ ...a, score: a.score ?? 0, maxScore: points.get(a.questionId) ?? 0, at: a.receivedAt }));
    if (round.kind === 'buzzer') {
      for (const s of (input.falseStarts ?? []).filter((f) => f.roundId === round.id)) {
        answers.push({ ...s, score: 0, maxScore: 0, correct: null, falseStart: true });
      }
    }
    return roundRuleFor(round.kind).toScoreEvents(round.id, answers, { secondsPerQuestion: 30, ...round.settings, kind: round.kind }, sizes);
  });
}

/** The staff board over the given events, as the API computes it. */
function boardRanks(input: AnalysisInput, events: ScoreEvent[], adjustments: Adjustment[]): Record<string, number> {
  const board = computeLeaderboard({
    contestId: 'c',
    version: 1,
    teams: input.teams,
    rounds: input.rounds.map((r) => ({ id: r.id, title: r.title })),
    baseScore: input.baseScore,
    events,
    adjustments,
    freeze: null,
    viewer: 'staff',
    tieBreakRoundIds: input.rounds.filter((r) => r.tieBreak).map((r) => r.id),
  });
  return Object.fromEntries(board.rows.map((r) => [r.teamId, r.rank]));
}

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

/**
 * Four teams of two, one round of each kind plus a tie-break round (all answers at 10 s, q5 at 500 s):
 *   written, teamScore mean: q1 a (10+10)/2 = 10, b (10+0)/2 = 5, c 10, d 10 (d1's late answer never scores)
 *   required, penalty 5:     q2 a −5, b +10, c +10 (c2's answer still in review), d +10
 *   buzzer, penalty 5, false start 3: q3 c −3 (buzzed early), a −5, b +10
 *   risk:                    q4 a stakes 20 right +20, b 10 wrong −10, d 10 right +10
 *   tie-break round:         q5 a +10 (not in the score)
 *   adjustments:             b +15, c +3, d −10
 * Board: b 30 (1st); a 20 with tie-break 10 (2nd); c 20 and d 20, no wrong, last correct both at 10 s: tied 3rd.
 */
function mixedContest(): AnalysisInput {
  const teams = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() }));
  const contestants = teams.flatMap((t) => [1, 2].map((n) => ({ id: `${t.id}${n}`, teamId: t.id, name: `${t.id}${n}` })));
  const rounds: AnalysisRound[] = [
    aRound({ id: 'w', kind: 'written', position: 1, settings: { teamScore: 'mean' } }),
    aRound({ id: 'rq', kind: 'required', position: 2, settings: { wrongPenalty: 5 } }),
    aRound({ id: 'bz', kind: 'buzzer', position: 3, settings: { wrongPenalty: 5, falseStartPenalty: 3, passOnWrong: true } }),
    aRound({ id: 'rk', kind: 'risk', position: 4, settings: { stakes: [10, 20] } }),
    aRound({ id: 'tb', kind: 'required', position: 5, tieBreak: true }),
  ];
  const questions = [
    blankQ('q1', 'w', 1),
    blankQ('q2', 'rq', 1),
    blankQ('q3', 'bz', 1),
    blankQ('q4', 'rk', 1),
    blankQ('q5', 'tb', 1),
  ];
  const ans = (q: string, round: string, contestant: string, right: boolean, extra: Partial<AnalysisAnswer> = {}) =>
    graded(right, { questionId: q, roundId: round, teamId: contestant[0], contestantId: contestant, receivedAt: at(q === 'q5' ? 500 : 10), ...extra });
  const answers = [
    ans('q1', 'w', 'a1', true),
    ans('q1', 'w', 'a2', true),
    ans('q1', 'w', 'b1', true),
    ans('q1', 'w', 'b2', false),
    ans('q1', 'w', 'c1', true),
    ans('q1', 'w', 'c2', true),
    ans('q1', 'w', 'd1', true),
    ans('q1', 'w', 'd2', true),
    ans('q1', 'w', 'd1', false, { status: 'too_late' }), // never scores
    ans('q2', 'rq', 'a1', false),
    ans('q2', 'rq', 'b1', true),
    ans('q2', 'rq', 'c1', true),
    ans('q2', 'rq', 'd1', true),
    ans('q3', 'bz', 'a1', false),
    ans('q3', 'bz', 'b1', true),
    ans('q4', 'rk', 'a1', true, { stake: 20 }),
    ans('q4', 'rk', 'b1', false, { stake: 10 }),
    ans('q4', 'rk', 'd1', true, { stake: 10 }),
    ans('q5', 'tb', 'a1', true),
    anAnswer({ questionId: 'q2', roundId: 'rq', teamId: 'c', contestantId: 'c2', status: 'review', score: null, correct: null }),
  ];
  return {
    questions,
    rounds,
    teams,
    contestants,
    answers,
    baseScore: 0,
    falseStarts: [{ questionId: 'q3', roundId: 'bz', teamId: 'c', contestantId: 'c1', at: at(-1) }],
    adjustments: [
      { teamId: 'b', points: 15, reason: 'appeal', at: at(100) },
      { teamId: 'c', points: 3, reason: 'appeal', at: at(100) },
      { teamId: 'd', points: -10, reason: 'conduct', at: at(100) },
    ],
  };
}

/** 2–6 teams, 1–3 members, 2–4 rounds of random kinds, answers right/wrong/partial at random; questions opened in order. */
function randomContest(random: () => number): AnalysisInput {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const teamIds = ['a', 'b', 'c', 'd', 'e', 'f'].slice(0, 2 + Math.floor(random() * 5));
  const teams = teamIds.map((id) => ({ id, name: id }));
  const contestants = teamIds.flatMap((id) => Array.from({ length: 1 + Math.floor(random() * 3) }, (_, n) => ({ id: `${id}${n}`, teamId: id, name: `${id}${n}` })));
  const rounds = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, i) =>
    aRound({
      id: `r${i}`,
      position: i,
      kind: pick(['written', 'required', 'buzzer', 'risk'] as const),
      settings: { wrongPenalty: pick([undefined, 5]), teamScore: pick(['sum', 'mean'] as const), stakes: [10, 20] },
      tieBreak: i > 0 && random() < 0.15,
    }),
  );
  const questions: AnalysisQuestion[] = [];
  const answers: AnalysisAnswer[] = [];
  let clock = 0;
  for (const round of rounds) {
    for (let p = 0; p < 1 + Math.floor(random() * 3); p++) {
      const q = blankQ(`${round.id}q${p}`, round.id, p, { openedAt: at(clock), points: pick([5, 10]) });
      questions.push(q);
      const answering = round.kind === 'written' ? contestants : teamIds.map((id) => contestants.find((c) => c.teamId === id) as { id: string; teamId: string });
      for (const c of answering) {
        if (random() < 0.3) continue;
        const outcome = pick(['right', 'wrong', 'partial'] as const);
        const score = outcome === 'right' ? q.points : outcome === 'partial' ? q.points / 2 : 0;
        answers.push(
          anAnswer({
            questionId: q.id,
            roundId: round.id,
            teamId: c.teamId,
            contestantId: c.id,
            score,
            correct: outcome === 'partial' ? null : outcome === 'right',
            receivedAt: at(clock + 1 + Math.floor(random() * 3)),
            openedAt: at(clock),
            stake: pick([10, 20]),
          }),
        );
      }
      clock += 60;
    }
  }
  const adjustments = Array.from({ length: Math.floor(random() * 3) }, () => ({
    teamId: pick(teamIds),
    points: pick([-5, 3, 10]),
    reason: 'r',
    at: at(Math.floor(random() * clock) - 30),
  }));
  return { questions, rounds, teams, contestants, answers, adjustments, baseScore: pick([0, 100]) };
}

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
