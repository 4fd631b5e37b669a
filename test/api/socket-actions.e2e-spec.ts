import { ApiClient } from '../support/api-client';
import { aContest, join } from '../support/builders';
import { graded } from '../support/live-helpers';
import { liveSocket, type RecordingSocket } from '../support/live-socket';
import { useTestApp, type TestApp } from '../support/test-app';

/**
 * Answer, buzz and stake over the live socket, with an acknowledgement: the same rules, the same
 * clientKey idempotency (also across HTTP and the socket), the same refusals as HTTP.
 */
describe('actions over the live socket', () => {
  let t: TestApp;
  let api: ApiClient;
  let staff: ApiClient;
  const sockets: RecordingSocket[] = [];
  useTestApp((app) => ({ t, api, admin: staff } = app));
  afterAll(() => sockets.forEach((s) => s.close()));

  const open = async (token: string) => {
    const s = await liveSocket(t.baseUrl, { token });
    sockets.push(s);
    return s;
  };

  it('acknowledges an answer like HTTP does; a retry with the same clientKey, on either path, is the same submission', async () => {
    const fx = await aContest(staff, { teams: ['一所'], secondsPerQuestion: 30 });
    const [q] = fx.questions;
    const player = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    const phone = await open(player.token);
    const early = await phone.socket.emitWithAck('answer', { questionId: q.id, answer: 'C', clientKey: 'k1' });
    expect(early).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'QUESTION_NOT_OPEN', message: expect.stringMatching(/不在作答时间内 \/ The question is not open/) });
    // A refusal acks exactly the body HTTP answers.
    const earlyOverHttp = await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q.id, answer: 'C', clientKey: 'k0' });
    expect(early).toEqual(earlyOverHttp.body);
    await staff.post(`/api/rounds/${fx.roundId}/questions/${q.id}/open`);
    const bad = await phone.socket.emitWithAck('answer', { questionId: q.id, answer: 'C', extra: 1 });
    expect(bad).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'VALIDATION_FAILED' });
    const ack = await phone.socket.emitWithAck('answer', { questionId: q.id, answer: 'C', clientKey: 'k1' });
    expect(ack).toMatchObject({ id: expect.any(String), status: 'pending' });
    const again = await phone.socket.emitWithAck('answer', { questionId: q.id, answer: 'A', clientKey: 'k1' });
    expect(again.id).toBe(ack.id);
    const overHttp = await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q.id, answer: 'A', clientKey: 'k1' });
    expect(overHttp.body.id).toBe(ack.id);
    const second = await phone.socket.emitWithAck('answer', { questionId: q.id, answer: 'A', clientKey: 'k2' });
    expect(second).toMatchObject({ statusCode: 409, code: 'ALREADY_ANSWERED' });
    expect(await graded(player.client, ack.id)).toMatchObject({ correct: true, points: 10 });
  });

  it('buzzes and stakes over the socket; a screen without a contestant session is refused', async () => {
    const buzzer = await aContest(staff, { kind: 'buzzer', teams: ['一所', '二所'] });
    const [a, b] = await Promise.all(buzzer.teams.map((team, i) => join(api, buzzer.contestId, team.joinCode, `选手${i}`)));
    const [phoneA, phoneB] = await Promise.all([open(a.token), open(b.token)]);
    await staff.post(`/api/rounds/${buzzer.roundId}/questions/${buzzer.questions[0].id}/open`);
    const first = await phoneA.socket.emitWithAck('buzz', { questionId: buzzer.questions[0].id });
    const second = await phoneB.socket.emitWithAck('buzz', { questionId: buzzer.questions[0].id });
    expect([first, second].map((r) => [r.rank, r.granted])).toEqual([
      [1, true],
      [2, false],
    ]);

    const risk = await aContest(staff, { kind: 'risk', teams: ['三所'] });
    const c = await join(api, risk.contestId, risk.teams[0].joinCode, '选手');
    const phoneC = await open(c.token);
    expect(await phoneC.socket.emitWithAck('stake', { questionId: risk.questions[0].id, points: 20 })).toMatchObject({ points: 20 });
    expect(await phoneC.socket.emitWithAck('stake', { questionId: risk.questions[0].id, points: 25 })).toMatchObject({ statusCode: 422 });

    const screen = await liveSocket(t.baseUrl, { contestId: risk.contestId });
    sockets.push(screen);
    expect(await screen.socket.emitWithAck('answer', { questionId: risk.questions[0].id, answer: 'C' })).toMatchObject({ statusCode: 403 });
  });

  it('a member whose session ended (moved to another phone) is refused on the old socket', async () => {
    const fx = await aContest(staff, { teams: ['四所'] });
    const joined = await api.post('/api/join', { joinCode: fx.teams[0].joinCode, name: '王五', secret: 'socket-phone-secret-0001' });
    const oldPhone = await open(joined.body.accessToken);
    const moved = await api.post('/api/join', { joinCode: fx.teams[0].joinCode, name: '王五', secret: 'socket-phone-secret-0002', pin: joined.body.contestant.pin });
    expect(moved.status).toBe(201);
    await staff.post(`/api/rounds/${fx.roundId}/questions/${fx.questions[0].id}/open`);
    const refused = await Promise.race([
      oldPhone.socket.emitWithAck('answer', { questionId: fx.questions[0].id, answer: 'C' }).catch(() => ({ statusCode: 401 })),
      new Promise((resolve) => setTimeout(() => resolve({ statusCode: oldPhone.socket.connected ? 'still connected' : 401 }), 2000)),
    ]);
    expect(refused).toMatchObject({ statusCode: 401 });
  });
});
