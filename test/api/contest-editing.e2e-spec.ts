import { ApiClient, eventually } from '../support/api-client';
import { aContest, join, SMALL_PAPER } from '../support/builders';
import { aStaffUser } from '../support/live-helpers';
import { useTestApp } from '../support/test-app';

/** Renaming and deleting with safe rules, and the contest's life: draft → running → finished → archived. */
describe('renaming, deleting and the contest lifecycle', () => {
  let api: ApiClient;
  let staff: ApiClient;

  useTestApp((app) => ({ api, admin: staff } = app));

  it('moves draft → running on the first question, then finished (no more opening), running again, archived (no more joining)', async () => {
    const fx = await aContest(staff, { teams: ['一所'] });
    const [q1] = fx.questions;
    const url = `/api/contests/${fx.contestId}`;
    expect((await staff.get(url)).body.status).toBe('draft');
    expect((await staff.patch(url, { status: 'finished' })).status).toBe(409);
    await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
    expect((await api.get(`${url}/live`)).body.status).toBe('running');
    await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/close`);
    expect((await staff.patch(url, { status: 'finished', title: '决赛（已结束）' })).body).toMatchObject({ status: 'finished', title: '决赛（已结束）' });
    const reopened = await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`, { reopen: true });
    expect(reopened.status).toBe(409);
    expect(reopened.body.message).toMatch(/finished/);
    expect((await staff.patch(url, { status: 'running' })).status).toBe(200);
    expect((await staff.patch(url, { status: 'finished' })).status).toBe(200);
    expect((await staff.patch(url, { status: 'archived' })).status).toBe(200);
    expect((await api.post('/api/join', { joinCode: fx.teams[0].joinCode, name: '迟到' })).status).toBe(409);
    expect((await staff.patch(url, { status: 'running' })).status).toBe(409);
  });

  it('deletes a contest, team or round only before any answer; renames anything', async () => {
    const fx = await aContest(staff, { teams: ['一所', '二所'], types: ['single', 'truefalse'] });
    const extra = await staff.post(`/api/contests/${fx.contestId}/rounds`, { title: '第二轮', kind: 'required', questionIds: [fx.questions[1].id], secondsPerQuestion: 30 });
    const third = await staff.post(`/api/contests/${fx.contestId}/rounds`, { title: '第三轮', kind: 'required', questionIds: [fx.questions[0].id], secondsPerQuestion: 30 });
    expect((await staff.patch(`/api/rounds/${extra.body.id}`, { title: '必答第二轮', secondsPerQuestion: 20 })).body).toMatchObject({ title: '必答第二轮', secondsPerQuestion: 20 });
    expect((await staff.delete(`/api/rounds/${extra.body.id}`)).status).toBe(200);
    const rounds = (await staff.get(`/api/contests/${fx.contestId}`)).body.rounds;
    expect(rounds.map((r: { title: string; position: number }) => [r.title, r.position])).toEqual([['必答题', 1], ['第三轮', 2]]);
    expect(third.status).toBe(201);

    expect((await staff.patch(`/api/contests/${fx.contestId}/teams/${fx.teams[1].id}`, { name: '二所（新）', memberCap: 3 })).body).toMatchObject({ name: '二所（新）', memberCap: 3 });
    const taken = await staff.patch(`/api/contests/${fx.contestId}/teams/${fx.teams[1].id}`, { name: '一所' });
    expect(taken.status).toBe(409);
    // The code and its params let a client word it in its own language.
    expect(taken.body).toMatchObject({ code: 'TEAM_NAME_TAKEN', params: { name: '一所' }, message: '队伍“一所”已存在 / Team "一所" already exists' });
    expect((await staff.delete(`/api/contests/${fx.contestId}/teams/${fx.teams[1].id}`)).status).toBe(200);

    const player = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    await staff.post(`/api/rounds/${fx.roundId}/questions/${fx.questions[0].id}/open`);
    await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: fx.questions[0].id, answer: 'C' });
    for (const res of [
      await staff.delete(`/api/rounds/${fx.roundId}`),
      await staff.delete(`/api/contests/${fx.contestId}/teams/${fx.teams[0].id}`),
      await staff.delete(`/api/contests/${fx.contestId}`),
    ]) {
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/archive/);
    }
    const empty = await staff.post('/api/contests', { title: '空竞赛' });
    expect((await staff.delete(`/api/contests/${empty.body.id}`)).status).toBe(200);
    expect((await staff.get(`/api/contests/${empty.body.id}`)).status).toBe(404);
  });

  it('lists and unassigns judges (not while their scores are pending); renames banks and deletes unused ones', async () => {
    const organizer = await aStaffUser(staff, 'organizer', 'org-editing');
    const judge = await aStaffUser(staff, 'judge', 'judge-editing');
    const fx = await aContest(organizer.client, { teams: ['一所'], types: ['short'], settings: { judgesPerAnswer: 2 } });
    await organizer.client.post(`/api/contests/${fx.contestId}/judges`, { userId: judge.id, chief: true });
    const other = await aStaffUser(staff, 'judge', 'judge-editing-2');
    await organizer.client.post(`/api/contests/${fx.contestId}/judges`, { userId: other.id });
    expect((await organizer.client.get(`/api/contests/${fx.contestId}/judges`)).body).toEqual(
      expect.arrayContaining([{ userId: judge.id, username: 'judge-editing', chief: true }, { userId: other.id, username: 'judge-editing-2', chief: false }]),
    );
    // Each judge's own view of the contest says whether they are its chief (the appeals tab), and only theirs.
    expect((await judge.client.get(`/api/contests/${fx.contestId}`)).body.chiefJudge).toBe(true);
    expect((await other.client.get(`/api/contests/${fx.contestId}`)).body.chiefJudge).toBe(false);
    expect((await organizer.client.get(`/api/contests/${fx.contestId}`)).body).not.toHaveProperty('chiefJudge');
    const player = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    const [q] = fx.questions;
    await organizer.client.post(`/api/rounds/${fx.roundId}/questions/${q.id}/open`);
    const sent = await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q.id, answer: '接待' });
    await eventually(async () => (await organizer.client.get(`/api/submissions/${sent.body.id}`)).body.status === 'review');
    await organizer.client.post(`/api/rounds/${fx.roundId}/questions/${q.id}/close`);
    await judge.client.post(`/api/reviews/${sent.body.id}`, { score: 5 });
    expect((await organizer.client.delete(`/api/contests/${fx.contestId}/judges/${judge.id}`)).status).toBe(409);
    expect((await organizer.client.delete(`/api/contests/${fx.contestId}/judges/${other.id}`)).status).toBe(200);
    // With one judge left, the answer needs one score: the first judge's stands; now it can leave.
    expect((await judge.client.post(`/api/reviews/${sent.body.id}`, { score: 6 })).body).toMatchObject({ status: 'graded', score: 6 });
    expect((await organizer.client.delete(`/api/contests/${fx.contestId}/judges/${judge.id}`)).status).toBe(200);
    expect((await judge.client.get(`/api/contests/${fx.contestId}/reviews`)).status).toBe(403);

    const [used] = (await organizer.client.get('/api/banks')).body;
    expect((await organizer.client.patch(`/api/banks/${used.id}`, { name: '改名题库' })).body).toMatchObject({ name: '改名题库' });
    expect((await organizer.client.delete(`/api/banks/${used.id}`)).status).toBe(409);
    const spare = await organizer.client.post('/api/banks/import', { format: 'text', content: SMALL_PAPER, name: '备用题库' });
    expect((await organizer.client.delete(`/api/banks/${spare.body.bankId}`)).status).toBe(200);
    expect((await judge.client.delete(`/api/banks/${used.id}`)).status).toBe(403);
  });
});
