import { ApiClient, eventually } from '../support/api-client';
import { aContest, join } from '../support/builders';
import { boardAs, graded, scoresOf } from '../support/live-helpers';
import { liveSocket, type RecordingSocket } from '../support/live-socket';
import { useTestApp, type TestApp } from '../support/test-app';

/**
 * Results reach contestants (and the public board) only when the round allows: by default when the
 * question closes. Until then a phone shows "submitted" and nothing else, over HTTP and the socket.
 */
describe('result visibility, the held public board and the points a phone shows', () => {
  let t: TestApp;
  let api: ApiClient;
  let staff: ApiClient;
  const sockets: RecordingSocket[] = [];

  useTestApp((app) => ({ t, api, admin: staff } = app));
  afterAll(() => {
    for (const s of sockets) s.close();
  });

  const open = async (s: Promise<RecordingSocket>) => {
    const socket = await s;
    sockets.push(socket);
    return socket;
  };

  it('after-close (the default): nothing while the question is open, everything at the close', async () => {
    const fx = await aContest(staff, { teams: ['城东供电所', '城西供电所'], settings: { resultVisibility: undefined, wrongPenalty: 5 } });
    const [q1] = fx.questions;
    const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    const west = await join(api, fx.contestId, fx.teams[1].joinCode, '李四');
    const eastPhone = await open(liveSocket(t.baseUrl, { token: east.token }));
    const screen = await open(liveSocket(t.baseUrl, { contestId: fx.contestId }));
    await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);

    const right = await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
    const wrong = await west.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'A' });
    await graded(staff, right.body.id);
    await graded(staff, wrong.body.id);
    await new Promise((r) => setTimeout(r, 800)); // time for any push that should not happen
    expect((await east.client.get(`/api/submissions/${right.body.id}`)).body).toEqual(expect.objectContaining({ status: 'submitted', score: null, correct: null, points: null }));
    expect(eastPhone.of('submission.graded')).toEqual([]);
    // The public board (and the big screen) hold the question's points; the staff board moves.
    expect(scoresOf(await boardAs(api, fx.contestId))).toEqual({ 城东供电所: 0, 城西供电所: 0 });
    expect(scoresOf(await boardAs(staff, fx.contestId))).toEqual({ 城东供电所: 10, 城西供电所: -5 });
    expect(screen.of('leaderboard').every((b) => b.rows.every((r: { score: number }) => r.score === 0))).toBe(true);

    await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/close`);
    const pushed = await eventually(async () => eastPhone.of('submission.graded')[0], 5000, 'the result pushed at the close');
    expect(pushed).toMatchObject({ submissionId: right.body.id, status: 'graded', correct: true, score: 10, points: 10 });
    expect(await west.client.get(`/api/submissions/${wrong.body.id}`)).toMatchObject({ body: { status: 'graded', correct: false, score: 0, points: -5 } });
    await eventually(async () => scoresOf(await boardAs(api, fx.contestId))['城东供电所'] === 10, 5000, 'the public board after the close');
    await eventually(async () => screen.of('leaderboard').some((b) => b.rows.some((r: { score: number }) => r.score === 10)), 5000, 'the big screen after the close');
  });

  it('immediately: the result is pushed as soon as it is graded', async () => {
    const fx = await aContest(staff, { teams: ['一所'], settings: { resultVisibility: 'immediately' } });
    const [q1] = fx.questions;
    const player = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    const phone = await open(liveSocket(t.baseUrl, { token: player.token }));
    await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
    const sent = await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
    expect(await eventually(async () => phone.of('submission.graded')[0], 5000, 'the push')).toMatchObject({ submissionId: sent.body.id, correct: true, points: 10 });
  });

  it('risk and buzzer rounds: the phone shows what the answer did to the score, as the board counts it', async () => {
    const risk = await aContest(staff, { kind: 'risk', teams: ['一所', '二所'], settings: { stakes: [10, 20, 30] } });
    const [q1] = risk.questions;
    const [a, b] = await Promise.all(risk.teams.map((team, i) => join(api, risk.contestId, team.joinCode, `选手${i}`)));
    await a.client.post(`/api/contests/${risk.contestId}/stakes`, { questionId: q1.id, points: 20 });
    await b.client.post(`/api/contests/${risk.contestId}/stakes`, { questionId: q1.id, points: 20 });
    await staff.post(`/api/rounds/${risk.roundId}/questions/${q1.id}/open`);
    const right = await a.client.post(`/api/contests/${risk.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
    const wrong = await b.client.post(`/api/contests/${risk.contestId}/submissions`, { questionId: q1.id, answer: 'B' });
    expect(await graded(a.client, right.body.id)).toMatchObject({ score: 10, points: 20 });
    expect((await graded(staff, wrong.body.id)) && (await b.client.get(`/api/submissions/${wrong.body.id}`)).body).toMatchObject({ correct: false, points: -20 });
    expect(scoresOf(await boardAs(staff, risk.contestId))).toEqual({ 一所: 20, 二所: -20 });

    const buzzer = await aContest(staff, { kind: 'buzzer', teams: ['一所', '二所'], settings: { wrongPenalty: 5, passOnWrong: true } });
    const [bq] = buzzer.questions;
    const [x, y] = await Promise.all(buzzer.teams.map((team, i) => join(api, buzzer.contestId, team.joinCode, `选手${i}`)));
    const screen = await open(liveSocket(t.baseUrl, { contestId: buzzer.contestId }));
    await staff.post(`/api/rounds/${buzzer.roundId}/questions/${bq.id}/open`);
    await x.client.post(`/api/contests/${buzzer.contestId}/buzz`, { questionId: bq.id });
    await y.client.post(`/api/contests/${buzzer.contestId}/buzz`, { questionId: bq.id });
    const miss = await x.client.post(`/api/contests/${buzzer.contestId}/submissions`, { questionId: bq.id, answer: 'A' });
    expect(await graded(x.client, miss.body.id)).toMatchObject({ correct: false, points: -5 });
    // The right to answer passes to the second buzzer: every screen and phone hears it.
    expect(await eventually(async () => screen.of('buzz.turn')[0], 5000, 'the buzz turn event')).toMatchObject({
      questionId: bq.id,
      holderTeamId: y.teamId,
      holderTeamName: '二所',
      wrongTeamIds: [x.teamId],
      version: 1, // one wrong answer has passed the turn: the same number on every node
    });
    // Buzzing again tells the second team it holds the right now.
    expect((await y.client.post(`/api/contests/${buzzer.contestId}/buzz`, { questionId: bq.id })).body).toMatchObject({ granted: true, rank: 2, repeat: true });
  });
});
