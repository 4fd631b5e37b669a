import { analyseContest } from './analyse-contest';
import { aContestInput, anAnswer, aQuestion, aRound, soloTeams } from './analysis.builders';
import type { AnalysisAnswer, AnalysisInput, ContestAnalysis } from './analysis.types';

/**
 * Written round, one-member teams a, b (北区), c (南区), d (西区, no answer).
 *   q1 营销 10 pts · q2 营销 + 服务规范 10 pts · q3 服务规范 20 pts (judged)
 *   a1: q1 10, q2 0, q3 20 · b1: q1 10, q2 10, q3 5 · c1: q1 0, q2 5 (少选), q3 too late
 */
function knowledgeContest(): AnalysisInput {
  const short = { type: 'short' as const, options: undefined, answer: undefined };
  const groups: Record<string, string> = { a: '北区', b: '北区', c: '南区', d: '西区' };
  const ans = (contestant: string, questionId: string, score: number | null, extra: Partial<AnalysisAnswer> = {}) =>
    anAnswer({ questionId, teamId: contestant[0], contestantId: contestant, score, correct: null, ...extra });
  return aContestInput({
    ...soloTeams(['a', 'b', 'c', 'd'], (id) => groups[id]),
    questions: [
      aQuestion({ id: 'q1', position: 1, tags: ['营销'], ...short }),
      aQuestion({ id: 'q2', position: 2, tags: ['营销', '服务规范'], ...short }),
      aQuestion({ id: 'q3', position: 3, tags: ['服务规范'], points: 20, ...short }),
      aQuestion({ id: 'q4', position: 4, tags: [], ...short }),
    ],
    answers: [
      ans('a1', 'q1', 10),
      ans('a1', 'q2', 0),
      ans('a1', 'q3', 20),
      ans('b1', 'q1', 10),
      ans('b1', 'q2', 10),
      ans('b1', 'q3', 5),
      ans('c1', 'q1', 0),
      ans('c1', 'q2', 5, { correct: false }),
      ans('c1', 'q3', null, { status: 'too_late' }),
      ans('a1', 'q4', 10), // untagged: in no tag
    ],
  });
}

describe('knowledge points (tags)', () => {
  const analysis = analyseContest(knowledgeContest());

  it.each<[string, ContestAnalysis['tags'][number]]>([
    [
      // (10+0 + 10+10 + 0+5) / 60; a 10/20, b 20/20, c 5/20; 北区 30/40.
      '营销',
      { tag: '营销', questions: 2, answers: 6, mean: 0.5833, byTeam: { a: 0.5, b: 1, c: 0.25, d: null }, byGroup: { 北区: 0.75, 南区: 0.25, 西区: null } },
    ],
    [
      // (0+20 + 10+5 + 5) / 70 (c's late q3 is not in it); a 20/30, b 15/30, c 5/10; 北区 35/60.
      '服务规范',
      { tag: '服务规范', questions: 2, answers: 5, mean: 0.5714, byTeam: { a: 0.6667, b: 0.5, c: 0.5, d: null }, byGroup: { 北区: 0.5833, 南区: 0.5, 西区: null } },
    ],
  ])('%s: mean share of the points overall, per team and per group', (tag, expected) => {
    expect(analysis.tags.find((t) => t.tag === tag)).toEqual(expected);
  });

  it('lists tags in contest order, untagged questions in none', () => {
    expect(analysis.tags.map((t) => t.tag)).toEqual(['营销', '服务规范']);
  });
});

describe('teams and contestants', () => {
  const analysis = analyseContest(knowledgeContest());
  const team = (id: string) => analysis.teams.find((t) => t.teamId === id);
  const contestant = (id: string) => analysis.contestants.find((c) => c.contestantId === id);

  it.each<[string, object]>([
    [
      'a',
      {
        rank: 1,
        score: 40,
        byRound: { r1: 40 },
        byTag: { 营销: 0.5, 服务规范: 0.6667 },
        // Against the field: 0.6667 − 0.5714 and 0.5 − 0.5833.
        strongest: [{ tag: '服务规范', share: 0.6667, delta: 0.0953 }],
        weakest: [{ tag: '营销', share: 0.5, delta: -0.0833 }],
      },
    ],
    [
      'b',
      {
        rank: 2,
        score: 25,
        byTag: { 营销: 1, 服务规范: 0.5 },
        strongest: [{ tag: '营销', share: 1, delta: 0.4167 }],
        weakest: [{ tag: '服务规范', share: 0.5, delta: -0.0714 }],
      },
    ],
    ['d', { rank: 4, score: 0, byRound: { r1: 0 }, byTag: { 营销: null, 服务规范: null }, strongest: [], weakest: [], group: '西区' }],
  ])('team %s', (id, expected) => {
    expect(team(id)).toMatchObject(expected);
  });

  it.each<[string, object]>([
    ['a1', { teamId: 'a', answered: 4, right: 3, total: 40, rank: 1, byRound: { r1: 40 }, byTag: { 营销: 0.5, 服务规范: 0.6667 } }],
    // b1's judged 5 of 20 is partial, not right.
    ['b1', { answered: 3, right: 2, total: 25, rank: 2 }],
    // The late answer is not answered; 少选 with points is not right.
    ['c1', { answered: 2, right: 0, total: 5, rank: 3, byTag: { 营销: 0.25, 服务规范: 0.5 } }],
    ['d1', { answered: 0, right: 0, total: 0, rank: 4, byTag: { 营销: null, 服务规范: null } }],
  ])('contestant %s', (id, expected) => {
    expect(contestant(id)).toMatchObject(expected);
  });

  it('contestants: written rounds only; the team: its own answers and its members', () => {
    const input = aContestInput({
      teams: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      contestants: [
        { id: 'a1', teamId: 'a', name: 'a1' },
        { id: 'a2', teamId: 'a', name: 'a2' },
        { id: 'b1', teamId: 'b', name: 'b1' },
      ],
      rounds: [aRound({ id: 'w', kind: 'written' }), aRound({ id: 'x', kind: 'buzzer', position: 2, settings: { wrongPenalty: 5 } })],
      questions: [
        aQuestion({ id: 'w1', roundId: 'w', tags: ['T'] }),
        aQuestion({ id: 'x1', roundId: 'x', tags: ['T'] }),
        aQuestion({ id: 'x2', roundId: 'x', tags: ['T'], position: 2 }),
      ],
      answers: [
        anAnswer({ questionId: 'w1', roundId: 'w', contestantId: 'a1', score: 10 }),
        anAnswer({ questionId: 'w1', roundId: 'w', contestantId: 'a2', score: 0, correct: false }),
        anAnswer({ questionId: 'x1', roundId: 'x', contestantId: 'a1', score: 10 }),
        anAnswer({ questionId: 'x2', roundId: 'x', contestantId: 'a2', score: 0, correct: false }),
      ],
    });
    const analysis = analyseContest(input);
    // Team a: 10 + 0 (written, sum) + 10 − 5 (buzzer penalty) on the board; T = (10 + 0 + 10 + 0) / 40.
    expect(analysis.teams[0]).toMatchObject({ score: 15, byRound: { w: 10, x: 5 }, byTag: { T: 0.5 } });
    expect(analysis.contestants.map((c) => [c.contestantId, c.byRound, c.byTag.T, c.total, c.rank])).toEqual([
      ['a1', { w: 10 }, 1, 10, 1],
      ['a2', { w: 0 }, 0, 0, 2],
      ['b1', { w: 0 }, null, 0, 2],
    ]);
  });

  it('a contest without questions or answers still has a shape', () => {
    const analysis = analyseContest(aContestInput({ questions: [], answers: [] }));
    expect(analysis).toMatchObject({ steps: [], questions: [], tags: [] });
    expect(analysis.teams.map((t) => [t.teamId, t.rank, t.rankPath])).toEqual([
      ['a', 1, []],
      ['b', 1, []],
    ]);
  });
});
