/** Contests for the rank-path tests, and the board the API would compute from their events (what every path must end on). */
import { computeLeaderboard, roundRuleFor } from '@jingsai/scoring';
import type { Adjustment, GradedAnswer, ScoreEvent } from '@jingsai/scoring';
import { anAnswer, aQuestion, aRound, at, graded } from './analysis.builders';
import type { AnalysisAnswer, AnalysisInput, AnalysisQuestion, AnalysisRound } from './analysis.types';

export const blankQ = (id: string, roundId: string, position: number, extra: Partial<AnalysisQuestion> = {}) =>
  aQuestion({ id, roundId, position, type: 'blank', options: undefined, answer: undefined, ...extra });

/** The events as LeaderboardService.fromLog builds them: one toScoreEvents call per round, over all its graded answers. */
export function boardEvents(input: AnalysisInput): ScoreEvent[] {
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
export function boardRanks(input: AnalysisInput, events: ScoreEvent[], adjustments: Adjustment[]): Record<string, number> {
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
export function mixedContest(): AnalysisInput {
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
export function randomContest(random: () => number): AnalysisInput {
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
