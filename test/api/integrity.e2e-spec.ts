import { AuditRepository } from '../../apps/api/src/audit/audit.repository';
import { ApiClient } from '../support/api-client';
import { aContest, join, SMALL_PAPER } from '../support/builders';
import { aStaffUser, graded } from '../support/live-helpers';
import { useTestApp, type TestApp } from '../support/test-app';

/** Issue "contest integrity": each numbered hole has its own test (5–7 in integrity-sign-in.e2e-spec.ts); the role matrix is in role-matrix.e2e-spec.ts. */
describe('contest integrity', () => {
  let t: TestApp;
  let api: ApiClient;
  let admin: ApiClient;

  useTestApp((app) => ({ t, api, admin } = app));

  describe('1. judges read no bank', () => {
    it('answers a judge 403 on banks and their questions, assigned or not', async () => {
      const organizer = await aStaffUser(admin, 'organizer', 'org-banks');
      const judge = await aStaffUser(admin, 'judge', 'judge-banks');
      const fx = await aContest(organizer.client);
      await organizer.client.post(`/api/contests/${fx.contestId}/judges`, { userId: judge.id });
      const bankId = (await organizer.client.get('/api/banks')).body[0].id as string;
      expect((await judge.client.get('/api/banks')).status).toBe(403);
      expect((await judge.client.get(`/api/banks/${bankId}/questions`)).status).toBe(403);
      expect((await judge.client.get(`/api/contests/${fx.contestId}/questions`)).status).toBe(403);
      // The organizer still reads their own.
      expect((await organizer.client.get(`/api/banks/${bankId}/questions`)).status).toBe(200);
    });
  });

  describe('2. a contest plays its own copy of each question', () => {
    it('refuses a round made of another organizer\'s questions', async () => {
      const owner = await aStaffUser(admin, 'organizer', 'org-owner');
      const thief = await aStaffUser(admin, 'organizer', 'org-thief');
      const fx = await aContest(owner.client);
      const contest = await thief.client.post('/api/contests', { title: '借题竞赛' });
      const round = await thief.client.post(`/api/contests/${contest.body.id}/rounds`, {
        title: '必答题',
        kind: 'required',
        questionIds: fx.questions.map((q) => q.id),
        secondsPerQuestion: 30,
      });
      expect(round.status).toBe(403);
      expect(round.body.message).toMatch(/own banks/);
      // An admin may use any bank.
      const adminContest = await admin.post('/api/contests', { title: '管理员竞赛' });
      const adminRound = await admin.post(`/api/contests/${adminContest.body.id}/rounds`, {
        title: '必答题', kind: 'required', questionIds: fx.questions.map((q) => q.id), secondsPerQuestion: 30,
      });
      expect(adminRound.status).toBe(201);
    });

    it('keeps the contest\'s copy when the bank is edited later, and a fix in one contest reaches no other', async () => {
      const organizer = await aStaffUser(admin, 'organizer', 'org-copies');
      const first = await aContest(organizer.client);
      const [question] = first.questions; // single choice, key C
      // A second contest over the same bank question.
      const second = await organizer.client.post('/api/contests', { title: '第二场' });
      const team = await organizer.client.post(`/api/contests/${second.body.id}/teams`, { name: '二场一队' });
      const round2 = await organizer.client.post(`/api/contests/${second.body.id}/rounds`, {
        title: '必答题', kind: 'required', questionIds: [question.id], secondsPerQuestion: 30,
      });

      // The bank's key changes to A after both rounds were made: neither contest moves.
      const bankEdit = await organizer.client.patch(`/api/questions/${question.id}`, { answer: 'A', stem: '改过的题干' });
      expect(bankEdit.status).toBe(200);
      await organizer.client.post(`/api/rounds/${first.roundId}/questions/${question.id}/open`);
      expect((await api.get(`/api/contests/${first.contestId}/live`)).body.question.stem).not.toBe('改过的题干');
      const east = await join(api, first.contestId, first.teams[0].joinCode, '张三');
      const answered = await east.client.post(`/api/contests/${first.contestId}/submissions`, { questionId: question.id, answer: 'C' });
      expect(await graded(organizer.client, answered.body.id)).toMatchObject({ correct: true });

      await organizer.client.post(`/api/rounds/${round2.body.id}/questions/${question.id}/open`);
      const other = await join(api, second.body.id, team.body.joinCode, '李四');
      const otherAnswer = await other.client.post(`/api/contests/${second.body.id}/submissions`, { questionId: question.id, answer: 'C' });
      expect(await graded(organizer.client, otherAnswer.body.id)).toMatchObject({ correct: true });

      // Fix the key inside the first contest only: its answer is regraded, the second contest's is not.
      const fix = await organizer.client.post(`/api/contests/${first.contestId}/questions/${question.id}/rejudge`, { question: { answer: 'B' }, dryRun: false });
      expect(fix.status).toBe(200);
      expect(fix.body).toMatchObject({ total: 1, changed: 1 });
      expect((await organizer.client.get(`/api/submissions/${answered.body.id}`)).body).toMatchObject({ correct: false, score: 0 });
      expect((await organizer.client.get(`/api/submissions/${otherAnswer.body.id}`)).body).toMatchObject({ correct: true, score: 10 });
      const copies = (await organizer.client.get(`/api/contests/${second.body.id}/questions`)).body;
      expect(copies.find((q: { id: string }) => q.id === question.id)).toMatchObject({ answer: 'C' });

      // The fix is audited in its contest, the bank edit outside any contest.
      const audit = await t.app.get(AuditRepository).list(first.contestId);
      expect(audit.find((a) => a.action === 'question.fix')).toMatchObject({ entityId: question.id, before: { answer: 'C' }, after: { answer: 'B', regraded: 1 } });
      const bankAudit = await t.app.get(AuditRepository).list(null);
      expect(bankAudit.find((a) => a.action === 'question.edit' && a.entityId === question.id)).toMatchObject({ before: { answer: 'C' }, after: { answer: 'A' } });
    });

    it('validates a question edit: a wrong type is 400, an unfit key 422, nothing saved', async () => {
      const imported = await admin.post('/api/banks/import', { format: 'text', content: SMALL_PAPER, name: '校验题库' });
      const [single] = (await admin.get(`/api/banks/${imported.body.bankId}/questions?type=single`)).body;
      expect((await admin.patch(`/api/questions/${single.id}`, { stem: 1 })).status).toBe(400);
      expect((await admin.patch(`/api/questions/${single.id}`, { points: 'ten' })).status).toBe(400);
      expect((await admin.patch(`/api/questions/${single.id}`, { blanks: 'x' })).status).toBe(400);
      const unfit = await admin.patch(`/api/questions/${single.id}`, { answer: 'Z' });
      expect(unfit.status).toBe(422);
      expect(unfit.body.message).toMatch(/one of the options/);
      const after = (await admin.get(`/api/banks/${imported.body.bankId}/questions?type=single`)).body[0];
      expect(after).toMatchObject({ stem: single.stem, answer: single.answer });
    });
  });

  describe('3. members come from a roster or a cap, and stay on their own phone', () => {
    const secret = (n: number) => `phone-secret-${n}-${'x'.repeat(20)}`;

    it('a cap holds under concurrent joins, and one name never makes two members', async () => {
      const contest = await admin.post('/api/contests', { title: '名额' });
      const team = (await admin.post(`/api/contests/${contest.body.id}/teams`, { name: '一所', memberCap: 3 })).body;
      expect(team.memberCap).toBe(3);
      const joins = await Promise.all(Array.from({ length: 8 }, (_, i) => api.post('/api/join', { joinCode: team.joinCode, name: `选手${i}`, secret: secret(i) })));
      expect(joins.filter((r) => r.status === 201)).toHaveLength(3);
      expect(joins.filter((r) => r.status === 409).every((r) => /full/.test(r.body.message))).toBe(true);

      const other = (await admin.post(`/api/contests/${contest.body.id}/teams`, { name: '二所', memberCap: 5 })).body;
      const same = await Promise.all(Array.from({ length: 5 }, (_, i) => api.post('/api/join', { joinCode: other.joinCode, name: '张三', secret: secret(100 + i) })));
      expect(same.filter((r) => r.status === 201)).toHaveLength(1);
      expect(same.filter((r) => r.status === 409).every((r) => r.body.code === 'REJOIN_NEEDS_PIN')).toBe(true);
      const members = (await admin.get(`/api/contests/${contest.body.id}/members`)).body;
      expect(members.teams.find((t: { teamId: string }) => t.teamId === other.id).members).toHaveLength(1);
    });

    it('nobody takes over a member by name: the same phone continues, a new phone needs the PIN or the organizer', async () => {
      const fx = await aContest(admin, { teams: ['一所'] });
      const code = fx.teams[0].joinCode;
      const first = await api.post(`/api/contests/${fx.contestId}/join`, { joinCode: code, name: '张三', secret: secret(1) });
      expect(first.status).toBe(201);
      expect(first.body.contestant.pin).toMatch(/^\d{6}$/);
      const id = first.body.contestant.id;
      // Same phone: same member, same session.
      const samePhone = await api.post(`/api/contests/${fx.contestId}/join`, { joinCode: code, name: '张三', secret: secret(1) });
      expect(samePhone.body.contestant.id).toBe(id);
      // By name alone, or from another phone: refused, with a request for the organizer.
      const byName = await api.post(`/api/contests/${fx.contestId}/join`, { joinCode: code, name: '张三' });
      expect(byName).toMatchObject({ status: 409, body: { code: 'REJOIN_NEEDS_PIN' } });
      const otherPhone = await api.post(`/api/contests/${fx.contestId}/join`, { joinCode: code, name: '张三', secret: secret(2) });
      expect(otherPhone).toMatchObject({ status: 409, body: { code: 'REJOIN_NEEDS_PIN', requestId: expect.any(String) } });
      const claimUrl = `/api/contests/${fx.contestId}/join-requests/${otherPhone.body.requestId}/claim`;
      expect(await api.post(claimUrl, { secret: secret(2) })).toMatchObject({ status: 202, body: { status: 'pending' } }); // still waiting
      expect((await api.post(claimUrl, { secret: secret(3) })).status).toBe(404); // not that phone

      const waiting = (await admin.get(`/api/contests/${fx.contestId}/members`)).body.requests;
      expect(waiting).toEqual([expect.objectContaining({ id: otherPhone.body.requestId, name: '张三', teamName: '一所' })]);
      expect((await admin.post(`/api/join-requests/${otherPhone.body.requestId}/decision`, { approve: true })).status).toBe(200);
      const claimed = await api.post(claimUrl, { secret: secret(2) });
      expect(claimed.status).toBe(200);
      expect(claimed.body.contestant.id).toBe(id);
      // The first phone's session ended; the new one works.
      expect((await api.as(first.body.accessToken).get(`/api/contests/${fx.contestId}/lifelines`)).status).toBe(401);
      expect((await api.as(claimed.body.accessToken).get(`/api/contests/${fx.contestId}/lifelines`)).status).toBe(200);

      // With the PIN, a third phone continues at once, and the second one's session ends.
      const wrong = await api.post(`/api/contests/${fx.contestId}/join`, { joinCode: code, name: '张三', secret: secret(4), pin: '000000' === first.body.contestant.pin ? '111111' : '000000' });
      expect(wrong.status).toBe(403);
      const withPin = await api.post(`/api/contests/${fx.contestId}/join`, { joinCode: code, name: '张三', secret: secret(4), pin: first.body.contestant.pin });
      expect(withPin.status).toBe(201);
      expect((await api.as(claimed.body.accessToken).get(`/api/contests/${fx.contestId}/lifelines`)).status).toBe(401);
    });

    it('guessing a PIN stops after five tries', async () => {
      const fx = await aContest(admin, { teams: ['一所'] });
      const code = fx.teams[0].joinCode;
      const joined = await api.post('/api/join', { joinCode: code, name: '李四', secret: secret(9) });
      const pin = joined.body.contestant.pin as string;
      const guesses = ['000001', '000002', '000003', '000004', '000005'].filter((g) => g !== pin);
      for (const guess of guesses.slice(0, 5)) expect((await api.post('/api/join', { joinCode: code, name: '李四', pin: guess })).status).toBe(403);
      const locked = await api.post('/api/join', { joinCode: code, name: '李四', pin });
      expect(locked.status).toBe(429);
    });

    it('a roster team admits its names only; each has a PIN before joining; a removed member is out', async () => {
      const contest = await admin.post('/api/contests', { title: '名单' });
      const team = (await admin.post(`/api/contests/${contest.body.id}/teams`, { name: '营业厅', roster: ['王五', '赵六'] })).body;
      expect(team).toMatchObject({ memberCap: null, roster: ['王五', '赵六'] });
      const listed = (await admin.get(`/api/contests/${contest.body.id}/members`)).body.teams[0];
      expect(listed.members.map((m: { name: string; joined: boolean; pin: string }) => [m.name, m.joined, /^\d{6}$/.test(m.pin)])).toEqual([
        ['王五', false, true],
        ['赵六', false, true],
      ]);
      const stranger = await api.post('/api/join', { joinCode: team.joinCode, name: '冒名', secret: secret(20) });
      expect(stranger.status).toBe(403);
      expect(stranger.body.message).toMatch(/roster/);
      const wang = await api.post('/api/join', { joinCode: team.joinCode, name: '王五', secret: secret(21) });
      expect(wang.status).toBe(201);
      expect((await api.as(wang.body.accessToken).get(`/api/contests/${contest.body.id}/live`)).status).toBe(200);
      const removed = await admin.delete(`/api/contests/${contest.body.id}/members/${wang.body.contestant.id}`);
      expect(removed.status).toBe(200);
      expect((await api.as(wang.body.accessToken).get(`/api/contests/${contest.body.id}/lifelines`)).status).toBe(401);
    });
  });
});
