import { ApiClient } from '../support/api-client';
import { aContest, join, signInAdmin } from '../support/builders';
import { useTestApp } from '../support/test-app';

describe('pausing a question', () => {
  let api: ApiClient;

  useTestApp((app) => ({ api } = app));

  it('stops the clock and the answers, and resume moves the deadline by the pause', async () => {
    const staff = await signInAdmin(api);
    const fx = await aContest(staff, { teams: ['城东供电所'], types: ['single'], secondsPerQuestion: 30 });
    const q = fx.questions[0];
    const base = `/api/rounds/${fx.roundId}/questions/${q.id}`;
    const player = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');

    expect((await staff.post(`${base}/pause`)).status).toBe(409); // not open yet
    const opened = await staff.post(`${base}/open`);
    expect((await player.client.post(`${base}/pause`)).status).toBe(403);

    const paused = await staff.post(`${base}/pause`);
    expect(paused.status).toBe(200);
    expect((await staff.post(`${base}/pause`)).status).toBe(409); // already paused
    const view = (await player.client.get(`/api/contests/${fx.contestId}/live`)).body;
    expect(view).toMatchObject({ phase: 'open', pausedAt: paused.body.pausedAt });
    const refused = await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q.id, answer: 'C' });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/paused/);

    await new Promise((r) => setTimeout(r, 400));
    const resumed = await staff.post(`${base}/resume`);
    expect(resumed.status).toBe(200);
    const moved = Date.parse(resumed.body.deadline) - Date.parse(opened.body.deadline);
    expect(moved).toBeGreaterThanOrEqual(400);
    expect(moved).toBeLessThan(3000);
    expect((await staff.post(`${base}/resume`)).status).toBe(409);
    expect((await player.client.get(`/api/contests/${fx.contestId}/live`)).body.pausedAt).toBeNull();
    expect((await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q.id, answer: 'C' })).status).toBe(202);
  });
});
