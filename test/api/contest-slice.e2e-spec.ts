import { io, type Socket } from 'socket.io-client';
import { ApiClient, eventually } from '../support/api-client';
import { aContest, join, signInAdmin } from '../support/builders';
import { useTestApp, type TestApp } from '../support/test-app';

describe('the first slice: contest → teams → round → open → join → submit → graded → leaderboard', () => {
  let t: TestApp;
  let api: ApiClient;

  useTestApp((app) => ({ t, api } = app));

  it('reports the database and Redis as healthy', async () => {
    const res = await api.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', db: 'ok', redis: 'ok' });
  });

  it('runs a single-choice question end to end and ranks the right team first', async () => {
    const staff = await signInAdmin(api);
    const fx = await aContest(staff, { teams: ['城东供电所', '城西供电所'], types: ['single'] });
    const question = fx.questions[0];
    expect(question.answer).toBe('C');

    // The big screen connects before anything happens and must see the board move.
    const screen: Socket = io(`${t.baseUrl}/live`, { auth: { contestId: fx.contestId }, transports: ['websocket'] });
    const boards: { version: number; rows: { teamName: string; score: number; rank: number }[] }[] = [];
    screen.on('leaderboard', (board) => boards.push(board));
    await eventually(async () => boards.length > 0, 5000, 'the snapshot on connect');

    const open = await staff.post(`/api/rounds/${fx.roundId}/questions/${question.id}/open`);
    expect(open.status).toBe(200);
    expect(new Date(open.body.deadline).getTime() - new Date(open.body.openedAt).getTime()).toBe(30_000);

    const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    const west = await join(api, fx.contestId, fx.teams[1].joinCode.toLowerCase(), '李四');

    // A contestant's phone hears the board too (in its own room, paced by how many phones there are).
    const phone: Socket = io(`${t.baseUrl}/live`, { auth: { token: east.token }, transports: ['websocket'] });
    const phoneBoards: { rows: { teamName: string; score: number }[] }[] = [];
    phone.on('leaderboard', (board) => phoneBoards.push(board));
    await eventually(async () => phoneBoards.length > 0, 5000, "the phone's snapshot on connect");

    const live = await east.client.get(`/api/contests/${fx.contestId}/live`);
    expect(live.body.phase).toBe('open');
    expect(live.body.question.id).toBe(question.id);
    expect(live.body.question).not.toHaveProperty('answer');
    expect(Date.parse(live.body.serverTime)).toBeGreaterThan(0);

    const right = await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: question.id, answer: 'C', clientKey: 'east-1' });
    const wrong = await west.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: question.id, answer: 'A', clientKey: 'west-1' });
    expect(right.status).toBe(202);
    expect(wrong.status).toBe(202);
    expect(right.body.status).toBe('pending');

    // Repeating a clientKey returns the same submission, not a second one.
    const repeat = await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: question.id, answer: 'C', clientKey: 'east-1' });
    expect(repeat.body.id).toBe(right.body.id);

    const graded = await eventually(async () => {
      const [a, b] = await Promise.all([east.client.get(`/api/submissions/${right.body.id}`), west.client.get(`/api/submissions/${wrong.body.id}`)]);
      return a.body.status === 'graded' && b.body.status === 'graded' ? [a.body, b.body] : null;
    }, 15000, 'both answers graded by the worker');
    expect(graded[0]).toMatchObject({ status: 'graded', correct: true, score: 10 });
    expect(graded[1]).toMatchObject({ status: 'graded', correct: false, score: 0 });

    const board = await api.get(`/api/contests/${fx.contestId}/leaderboard`);
    expect(board.status).toBe(200);
    expect(board.body.rows.map((r: { teamName: string; rank: number; score: number }) => [r.teamName, r.rank, r.score])).toEqual([
      ['城东供电所', 1, 10],
      ['城西供电所', 2, 0],
    ]);

    const pushed = await eventually(async () => boards.find((b) => b.rows[0]?.teamName === '城东供电所' && b.rows[0].score === 10), 5000, 'a leaderboard push');
    expect(pushed.version).toBeGreaterThan(boards[0].version);
    await eventually(async () => phoneBoards.some((b) => b.rows[0]?.teamName === '城东供电所' && b.rows[0].score === 10), 5000, 'the board on the phone');
    screen.close();
    phone.close();

    // After close, a late answer is refused with 409 (and stored as too late, never scored).
    const close = await staff.post(`/api/rounds/${fx.roundId}/questions/${question.id}/close`);
    expect(close.status).toBe(200);
    await new Promise((r) => setTimeout(r, 400)); // past the 300 ms grace
    const third = await join(api, fx.contestId, fx.teams[1].joinCode, '王五');
    const late = await third.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: question.id, answer: 'C' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'SUBMISSION_TOO_LATE' });
    expect(late.body.message).toMatch(/Too late/);
    const lateStatus = await third.client.get(`/api/submissions/${late.body.submissionId}`);
    expect(lateStatus.body.status).toBe('too_late');
    const after = await api.get(`/api/contests/${fx.contestId}/leaderboard`);
    expect(after.body.rows.find((r: { teamName: string }) => r.teamName === '城西供电所').score).toBe(0);
  });

  it('answers errors as {statusCode, error, message, code}', async () => {
    const res = await api.post('/api/auth/login', { username: 'admin', password: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.stringContaining('Wrong username or password'), code: 'WRONG_CREDENTIALS' });
    const bad = await api.request('POST', '/api/auth/login', '{"username":', { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/not valid JSON/);
    expect(bad.body.code).toBe('INVALID_JSON');
    // Validation: one bilingual message per failed check, under one code.
    const invalid = await api.post('/api/auth/login', { username: 'admin', password: 7 });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ error: 'Bad Request', code: 'VALIDATION_FAILED', message: expect.stringMatching(/password 须为文本 \/ password must be a string/) });
  });
});

describe('Bull Board at /admin/queues', () => {
  let t: TestApp;
  let api: ApiClient;

  useTestApp((app) => ({ t, api } = app));

  it('is for admins only, through a short-lived cookie a signed-in admin asks for; a token in the URL opens nothing', async () => {
    expect((await api.get('/admin/queues')).status).toBe(401);
    const admin = await signInAdmin(api);
    const organizer = await admin.post('/api/users', { username: 'org1', password: 'org-password', role: 'organizer' });
    expect(organizer.status).toBe(201);
    const orgLogin = await api.post('/api/auth/login', { username: 'org1', password: 'org-password' });
    expect((await api.as(orgLogin.body.accessToken).post('/api/admin/queue-board/session')).status).toBe(403);
    // The admin token itself, in the URL or the header, is not how the board opens.
    expect((await api.get(`/admin/queues?token=${admin.token}`)).status).toBe(401);
    expect((await admin.get('/admin/queues')).status).toBe(401);

    const session = await fetch(`${t.baseUrl}/api/admin/queue-board/session`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` } });
    expect(session.status).toBe(200);
    const cookie = session.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/jingsai_queue_board=.+; Max-Age=600; Path=\/admin\/queues; .*HttpOnly; SameSite=Strict/);
    const withCookie = { cookie: cookie.split(';')[0] };
    const page = await api.request('GET', '/admin/queues', undefined, withCookie);
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('<html');
    const queues = await api.request('GET', '/admin/queues/api/queues', undefined, withCookie);
    expect(queues.status).toBe(200);
    expect(JSON.stringify(queues.body)).toContain('grading');
    // A board cookie is no sign-in anywhere else.
    expect((await api.as(cookie.split(';')[0].split('=')[1]).get('/api/contests')).status).toBe(401);
  });
});
