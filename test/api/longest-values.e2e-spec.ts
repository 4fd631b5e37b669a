import { ApiClient, eventually } from '../support/api-client';
import { aContest, join } from '../support/builders';
import { aStaffUser } from '../support/live-helpers';
import { useTestApp } from '../support/test-app';

/**
 * Every field at the longest length its DTO allows is stored (PostgreSQL enforces column lengths,
 * SQLite does not): a DTO that allows more than its column would answer 500 and lose the action.
 */
describe('the longest value every DTO allows is stored', () => {
  let api: ApiClient;
  let admin: ApiClient;
  const text = (n: number, c = '字') => c.repeat(n);

  useTestApp((app) => ({ api, admin } = app));

  it('contests, teams, rounds, members, adjustments, users, banks, questions, reviews', async () => {
    const expectOk = (what: string, res: { status: number; body: unknown }) => expect([what, res.status < 300 ? 'ok' : JSON.stringify(res.body)]).toEqual([what, 'ok']);

    const user = await admin.post('/api/users', { username: text(64, 'u'), password: text(200, 'p'), role: 'organizer' });
    expectOk('user', user);
    const login = await api.post('/api/auth/login', { username: text(64, 'u'), password: text(200, 'p') });
    expectOk('login', login);
    const changed = await api.as(login.body.accessToken).post('/api/auth/password', { currentPassword: text(200, 'p'), newPassword: text(200, 'q') });
    expectOk('password', changed);

    const contest = await admin.post('/api/contests', { title: text(200) });
    expectOk('contest', contest);
    expectOk('contest title', await admin.patch(`/api/contests/${contest.body.id}`, { title: text(200, '题') }));
    const team = await admin.post(`/api/contests/${contest.body.id}/teams`, { name: text(100), group: text(100, '区'), roster: [text(50), text(50, '名')] });
    expectOk('team', team);
    expectOk('team rename', await admin.patch(`/api/contests/${contest.body.id}/teams/${team.body.id}`, { name: text(100, '队'), group: text(100, '组') }));
    expectOk('roster', await admin.put(`/api/contests/${contest.body.id}/teams/${team.body.id}/roster`, { names: [text(50), text(50, '员')] }));
    const member = await api.post('/api/join', { joinCode: team.body.joinCode, name: text(50), secret: text(128, 's') });
    expectOk('join', member);

    const fx = await aContest(admin, { types: ['short'] });
    const round = await admin.post(`/api/contests/${fx.contestId}/rounds`, { title: text(200), kind: 'required', questionIds: [fx.questions[0].id], secondsPerQuestion: 30 });
    expectOk('round', round);
    expectOk('round rename', await admin.patch(`/api/rounds/${round.body.id}`, { title: text(200, '轮') }));
    expectOk('adjustment', await admin.post(`/api/contests/${fx.contestId}/adjustments`, { teamId: fx.teams[0].id, points: 1, reason: text(500) }));

    const imported = await admin.post('/api/banks/import', { format: 'text', content: '1.题目______。\n答案', name: text(200) });
    expectOk('bank', imported);
    expectOk('bank rename', await admin.patch(`/api/banks/${imported.body.bankId}`, { name: text(200, '库') }));
    const upload = new FormData();
    upload.append('file', new Blob(['1.题目______。\n答案'], { type: 'text/plain' }), `${text(300, 'f')}.txt`);
    expectOk('upload with a long file name', await admin.request('POST', '/api/banks/import', upload));
    const named = new FormData();
    named.append('file', new Blob(['1.题目______。\n答案'], { type: 'text/plain' }), 'paper.txt');
    named.append('name', text(201));
    const tooLong = await admin.request('POST', '/api/banks/import', named);
    expect(tooLong.status).toBe(400);

    const [blank] = (await admin.get(`/api/banks/${imported.body.bankId}/questions`)).body;
    expectOk('question', await admin.patch(`/api/questions/${blank.id}`, {
      stem: text(5000),
      explanation: text(5000, '解'),
      category: text(200, '类'),
      tags: Array.from({ length: 20 }, () => text(50, '标')),
      blanks: Array.from({ length: 50 }, () => Array.from({ length: 20 }, () => text(200, '答'))),
    }));

    // A judge's longest comment (1,000 characters) is kept with its audit entry.
    const judge = await aStaffUser(admin, 'judge', 'judge-longest');
    await admin.post(`/api/contests/${fx.contestId}/judges`, { userId: judge.id, chief: true });
    const player = await join(api, fx.contestId, fx.teams[0].joinCode, text(50, '选'));
    await admin.post(`/api/rounds/${fx.roundId}/questions/${fx.questions[0].id}/open`);
    const sent = await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: fx.questions[0].id, answer: text(2000, '答'), clientKey: text(64, 'k') });
    expectOk('answer', sent);
    await eventually(async () => (await admin.get(`/api/submissions/${sent.body.id}`)).body.status === 'review');
    await admin.post(`/api/rounds/${fx.roundId}/questions/${fx.questions[0].id}/close`);
    expectOk('review', await judge.client.post(`/api/reviews/${sent.body.id}`, { score: 1, comment: text(1000) }));
  });
});
