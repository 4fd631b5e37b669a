import { ApiClient, eventually } from '../support/api-client';
import { aContest, join, signInAdmin } from '../support/builders';
import { boardAs } from '../support/live-helpers';
import { liveSocket, type RecordingSocket } from '../support/live-socket';
import { ScratchRedis } from '../support/processes';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Redis stops in the middle of a contest. Everything the organizer and the teams do meanwhile is
 * committed to the database, so every response is a success; the live events wait in the outbox and
 * go out when Redis is back, and every screen ends on the true board.
 */
describe('Redis down mid-contest', () => {
  let redis: ScratchRedis;
  let t: TestApp;
  const sockets: RecordingSocket[] = [];

  beforeAll(async () => {
    redis = await ScratchRedis.start();
    t = await startTestApp({ REDIS_URL: redis.url, SWEEP_AFTER_MS: '500', RATE_LIMIT_PER_IP: '0' });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t?.close();
    await redis?.stop();
  });

  it('open, buzz, answer, close and adjust all answer 2xx; screens converge on a recompute once Redis returns', async () => {
    const api = new ApiClient(t.baseUrl);
    const staff = await signInAdmin(api);
    const fx = await aContest(staff, { teams: ['一所', '二所', '三所'], settings: { resultVisibility: undefined } });
    const [q1] = fx.questions; // single choice, key C, 10 points
    const buzzRound = await staff.post(`/api/contests/${fx.contestId}/rounds`, {
      title: '抢答题', kind: 'buzzer', questionIds: [fx.questions[0].id], secondsPerQuestion: 60, settings: { wrongPenalty: 5 },
    });
    const players = await Promise.all(fx.teams.map((team, i) => join(api, fx.contestId, team.joinCode, `选手${i}`)));
    const screens = await Promise.all([liveSocket(t.baseUrl, { contestId: fx.contestId }), liveSocket(t.baseUrl, { contestId: fx.contestId })]);
    const console_ = await liveSocket(t.baseUrl, { token: staff.token, contestId: fx.contestId });
    const phone = await liveSocket(t.baseUrl, { token: players[0].token });
    sockets.push(...screens, console_, phone);

    await redis.stop();
    const statuses: [string, number][] = [];
    const record = async (what: string, call: Promise<{ status: number }>) => {
      const res = await call;
      statuses.push([what, res.status]);
      return res;
    };
    await record('open', staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`));
    for (const [i, p] of players.entries()) {
      await record(`answer ${i}`, p.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: i === 2 ? 'A' : 'C', clientKey: `q1-${i}` }));
    }
    await record('close', staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/close`));
    await record('open buzzer', staff.post(`/api/rounds/${buzzRound.body.id}/questions/${q1.id}/open`));
    await record('buzz', players[1].client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q1.id }));
    const retried = await record('buzz again', players[1].client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q1.id }));
    expect(retried).toMatchObject({ body: { granted: true, rank: 1, repeat: true } });
    await record('buzz answer', players[1].client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'B', clientKey: 'q2-1' }));
    await record('close buzzer', staff.post(`/api/rounds/${buzzRound.body.id}/questions/${q1.id}/close`));
    await record('adjust', staff.post(`/api/contests/${fx.contestId}/adjustments`, { teamId: players[2].teamId, points: 3, reason: '现场加分' }));
    expect(statuses.filter(([, status]) => status < 200 || status >= 300)).toEqual([]);

    const back = Date.now();
    await redis.restart();
    // The truth: the staff board recomputed from the database once every answer is graded.
    const truth = await eventually(async () => {
      const board = await boardAs(staff, fx.contestId);
      const scores = Object.fromEntries(board.rows.map((r) => [r.teamName, r.score]));
      return scores['一所'] === 10 && scores['二所'] === 5 && scores['三所'] === 3 ? board : null;
    }, 20000, 'every answer graded after Redis returned');
    const converged = async (s: RecordingSocket) => {
      const last = s.of('leaderboard').at(-1);
      return last && JSON.stringify(last.rows.map((r: { teamId: string; score: number }) => [r.teamId, r.score])) === JSON.stringify(truth.rows.map((r) => [r.teamId, r.score]));
    };
    await eventually(async () => (await Promise.all([...screens, console_, phone].map(converged))).every(Boolean), 10000, 'every screen on the true board');
    const convergedAfterMs = Date.now() - back;
    console.log(`screens converged ${convergedAfterMs} ms after Redis was started again`);
    // Every screen also heard what happened while Redis was down (from the outbox) or got a snapshot of it.
    for (const s of screens) expect((await eventually(async () => s.of('live').at(-1), 5000, 'a live snapshot')).phase).toBe('closed');
    expect(convergedAfterMs).toBeLessThan(2000);
  });
});
