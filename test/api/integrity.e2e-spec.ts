import { AuditRepository } from '../../apps/api/src/audit/audit.repository';
import { ApiClient } from '../support/api-client';
import { aContest, join, signInAdmin, SMALL_PAPER } from '../support/builders';
import { aStaffUser, graded } from '../support/live-helpers';
import { startTestApp, type TestApp } from '../support/test-app';

/** Issue "contest integrity": each numbered hole has its own test here; the role matrix is in role-matrix.e2e-spec.ts. */
describe('contest integrity', () => {
  let t: TestApp;
  let api: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ApiClient(t.baseUrl);
    admin = await signInAdmin(api);
  });
  afterAll(async () => t?.close());

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
});
