import { ApiClient, eventually } from '../support/api-client';
import { aContest, join, signInAdmin } from '../support/builders';
import { useTestApp } from '../support/test-app';

describe('judges review short answers blind', () => {
  let api: ApiClient;

  useTestApp((app) => ({ api } = app));

  async function aJudge(staff: ApiClient, username: string, contestId: string, chief = false): Promise<{ client: ApiClient; id: string }> {
    const created = await staff.post('/api/users', { username, password: 'judge-password', role: 'judge' });
    expect(created.status).toBe(201);
    expect((await staff.post(`/api/contests/${contestId}/judges`, { userId: created.body.id, chief })).status).toBe(201);
    const login = await api.post('/api/auth/login', { username, password: 'judge-password' });
    return { client: api.as(login.body.accessToken), id: created.body.id };
  }

  it('a short answer waits as review, two judges score it, the mean becomes its score', async () => {
    const staff = await signInAdmin(api);
    const fx = await aContest(staff, {
      teams: ['城东供电所'],
      types: ['short'],
      settings: { judgesPerAnswer: 2, judgeRule: 'mean', maxSpread: 10 },
    });
    const question = fx.questions[0];
    const judgeA = await aJudge(staff, 'judge-a', fx.contestId, true);
    const judgeB = await aJudge(staff, 'judge-b', fx.contestId);

    await staff.post(`/api/rounds/${fx.roundId}/questions/${question.id}/open`);
    const player = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    const sent = await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: question.id, answer: '接待和会话，还有服务' });
    expect(sent.status).toBe(202);
    await eventually(async () => (await player.client.get(`/api/submissions/${sent.body.id}`)).body.status === 'review', 10000, 'status review');
    // While the question is open no judge sees it (nor its reference answer); it ends, and the review starts.
    expect((await judgeB.client.get(`/api/contests/${fx.contestId}/reviews`)).body).toEqual([]);
    expect((await judgeA.client.post(`/api/reviews/${sent.body.id}`, { score: 10 })).status).toBe(409);
    await staff.post(`/api/rounds/${fx.roundId}/questions/${question.id}/close`);

    // The judge's queue: stem, reference, key points, coverage — never the team or the contestant.
    const queue = await judgeB.client.get(`/api/contests/${fx.contestId}/reviews`);
    expect(queue.status).toBe(200);
    expect(queue.body).toHaveLength(1);
    const item = queue.body[0];
    expect(item).toMatchObject({ submissionId: sent.body.id, answer: '接待和会话，还有服务', maxScore: 20, progress: { scored: 0, needed: 2 } });
    expect(item.reference).toContain('接待');
    expect(item.coverage.length).toBeGreaterThan(0);
    const raw = JSON.stringify(queue.body);
    for (const secret of ['城东供电所', '张三', fx.teams[0].id, player.contestantId]) expect(raw).not.toContain(secret);
    expect(item).not.toHaveProperty('panelScores'); // only the chief sees the panel's scores

    // Out of range → 400; first score leaves it waiting; second score finalises the mean.
    expect((await judgeA.client.post(`/api/reviews/${sent.body.id}`, { score: 21 })).status).toBe(400);
    const first = await judgeA.client.post(`/api/reviews/${sent.body.id}`, { score: 12, comment: '要点不全' });
    expect(first.body).toMatchObject({ status: 'review', progress: { scored: 1, needed: 2 } });
    const second = await judgeB.client.post(`/api/reviews/${sent.body.id}`, { score: 16 });
    expect(second.body).toMatchObject({ status: 'graded', score: 14 });

    const seen = await player.client.get(`/api/submissions/${sent.body.id}`);
    expect(seen.body).toMatchObject({ status: 'graded', score: 14 });
    expect(JSON.stringify(seen.body)).not.toMatch(/judge-a|judge-b/);
    const board = await api.get(`/api/contests/${fx.contestId}/leaderboard`);
    expect(board.body.rows[0].score).toBe(14);
    // Once graded it has left the queue and cannot be scored again.
    expect((await judgeA.client.get(`/api/contests/${fx.contestId}/reviews`)).body).toHaveLength(0);
    expect((await judgeA.client.post(`/api/reviews/${sent.body.id}`, { score: 1 })).status).toBe(409);
  });

  it('keeps a disagreement for the chief, who can return it for re-scoring', async () => {
    const staff = await signInAdmin(api);
    const fx = await aContest(staff, { teams: ['城西供电所'], types: ['short'], settings: { judgesPerAnswer: 2, maxSpread: 3 } });
    const question = fx.questions[0];
    const chief = await aJudge(staff, 'chief-2', fx.contestId, true);
    const other = await aJudge(staff, 'judge-2', fx.contestId);
    const outsider = await aJudge(staff, 'judge-3', (await staff.post('/api/contests', { title: '另一场' })).body.id);
    await staff.post(`/api/rounds/${fx.roundId}/questions/${question.id}/open`);
    const player = await join(api, fx.contestId, fx.teams[0].joinCode, '李四');
    const sent = await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: question.id, answer: '接待、会话、服务、沟通' });
    await eventually(async () => (await player.client.get(`/api/submissions/${sent.body.id}`)).body.status === 'review');
    await staff.post(`/api/rounds/${fx.roundId}/questions/${question.id}/close`);

    expect((await outsider.client.post(`/api/reviews/${sent.body.id}`, { score: 5 })).status).toBe(403);
    expect((await player.client.get(`/api/contests/${fx.contestId}/reviews`)).status).toBe(403);
    await chief.client.post(`/api/reviews/${sent.body.id}`, { score: 18 });
    const split = await other.client.post(`/api/reviews/${sent.body.id}`, { score: 6 });
    expect(split.body).toMatchObject({ status: 'review', disagreement: true });
    const chiefView = (await chief.client.get(`/api/contests/${fx.contestId}/reviews`)).body[0];
    expect(chiefView).toMatchObject({ disagreement: true });
    expect([...chiefView.panelScores].sort((a: number, b: number) => a - b)).toEqual([6, 18]);

    expect((await other.client.post(`/api/reviews/${sent.body.id}/return`, { reason: '分歧' })).status).toBe(403);
    const back = await chief.client.post(`/api/reviews/${sent.body.id}/return`, { reason: '分歧过大，请重评' });
    expect(back.status).toBe(200);
    expect((await chief.client.get(`/api/contests/${fx.contestId}/reviews`)).body[0].progress.scored).toBe(0);
    await chief.client.post(`/api/reviews/${sent.body.id}`, { score: 17 });
    const agreed = await other.client.post(`/api/reviews/${sent.body.id}`, { score: 15 });
    expect(agreed.body).toMatchObject({ status: 'graded', score: 16 });
  });

  it('an answer never waits for more judges than the contest has: one judge of a round asking for three decides', async () => {
    const staff = await signInAdmin(api);
    const fx = await aContest(staff, { teams: ['高新区营业厅'], types: ['short'], settings: { judgesPerAnswer: 3 } });
    const question = fx.questions[0];
    const only = await aJudge(staff, 'only-judge', fx.contestId, true);
    await staff.post(`/api/rounds/${fx.roundId}/questions/${question.id}/open`);
    const player = await join(api, fx.contestId, fx.teams[0].joinCode, '王五');
    const sent = await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: question.id, answer: '接待、会话' });
    await eventually(async () => (await staff.get(`/api/submissions/${sent.body.id}`)).body.status === 'review');
    await staff.post(`/api/rounds/${fx.roundId}/questions/${question.id}/close`);
    expect((await only.client.get(`/api/contests/${fx.contestId}/reviews`)).body[0].progress).toEqual({ scored: 0, needed: 1 });
    expect((await only.client.post(`/api/reviews/${sent.body.id}`, { score: 9 })).body).toMatchObject({ status: 'graded', score: 9 });
  });
});
