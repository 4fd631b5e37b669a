import ExcelJS from 'exceljs';
import { ApiClient } from '../support/api-client';
import { aContest, join } from '../support/builders';
import { aStaffUser, graded } from '../support/live-helpers';
import { useTestApp, type TestApp } from '../support/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function download(baseUrl: string, path: string, token?: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const res = await fetch(`${baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('role boundaries and the results workbook', () => {
  let t: TestApp;
  let api: ApiClient;
  let admin: ApiClient;

  useTestApp((app) => ({ t, api, admin } = app));

  it('keeps contestants, other organizers and anonymous callers out of what is not theirs', async () => {
    const owner = await aStaffUser(admin, 'organizer', 'organizer-a');
    const other = await aStaffUser(admin, 'organizer', 'organizer-b');
    const fx = await aContest(owner.client);
    const otherFx = await aContest(other.client);
    const [q1] = fx.questions;
    const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    const stranger = await join(api, otherFx.contestId, otherFx.teams[0].joinCode, '外人');
    const bankOf = (await owner.client.get('/api/banks')).body[0].id as string;

    // A contestant cannot run the contest, adjust scores, read the bank or download results.
    const asContestant = [
      await east.client.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`),
      await east.client.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/close`),
      await east.client.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/extend`, { seconds: 10 }),
      await east.client.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/reveal`),
      await east.client.post(`/api/contests/${fx.contestId}/adjustments`, { teamId: east.teamId, points: 100, reason: '自己加分' }),
      await east.client.post(`/api/contests/${fx.contestId}/freeze`, {}),
      await east.client.get(`/api/banks/${bankOf}/questions`),
      await east.client.get(`/api/contests/${fx.contestId}/results.xlsx`),
    ];
    for (const res of asContestant) {
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden', message: expect.stringMatching(/无权.*not allowed/) });
    }

    // Another organizer cannot touch this contest.
    expect((await other.client.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`)).status).toBe(403);
    expect((await other.client.post(`/api/contests/${fx.contestId}/adjustments`, { teamId: east.teamId, points: 1, reason: 'x' })).status).toBe(403);
    expect((await other.client.post(`/api/contests/${fx.contestId}/freeze`, {})).status).toBe(403);
    expect((await other.client.get(`/api/contests/${fx.contestId}/results.xlsx`)).status).toBe(403);

    // Another contest's contestant cannot submit, buzz or stake here.
    await owner.client.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
    expect((await stranger.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' })).status).toBe(403);
    expect((await stranger.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q1.id })).status).toBe(403);
    expect((await stranger.client.post(`/api/contests/${fx.contestId}/stakes`, { questionId: q1.id, points: 10 })).status).toBe(403);
    // Staff cannot buzz or submit as a team.
    const staffBuzz = await owner.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q1.id });
    expect(staffBuzz).toMatchObject({ status: 403, body: { statusCode: 403, error: 'Forbidden', code: 'FORBIDDEN' } });

    // No token → 401.
    for (const res of [
      await api.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' }),
      await api.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q1.id }),
      await api.post(`/api/contests/${fx.contestId}/stakes`, { questionId: q1.id, points: 10 }),
      await api.post(`/api/contests/${fx.contestId}/adjustments`, { teamId: east.teamId, points: 1, reason: 'x' }),
      await api.post(`/api/contests/${fx.contestId}/freeze`, {}),
      await api.post(`/api/contests/${fx.contestId}/unfreeze`),
      await api.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/reveal`),
      await api.get(`/api/contests/${fx.contestId}/results.xlsx`),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', code: 'SIGN_IN_REQUIRED' });
    }

    // Unknown ids → 404.
    for (const res of [
      await owner.client.post(`/api/rounds/${UNKNOWN}/questions/${q1.id}/open`),
      await owner.client.post(`/api/rounds/${fx.roundId}/questions/${UNKNOWN}/extend`, { seconds: 10 }),
      await owner.client.post(`/api/rounds/${fx.roundId}/questions/${UNKNOWN}/reveal`),
      await owner.client.post(`/api/contests/${UNKNOWN}/adjustments`, { teamId: east.teamId, points: 1, reason: 'x' }),
      await owner.client.post(`/api/contests/${fx.contestId}/adjustments`, { teamId: otherFx.teams[0].id, points: 1, reason: '别的队' }),
      await owner.client.post(`/api/contests/${UNKNOWN}/freeze`, {}),
      await owner.client.get(`/api/contests/${UNKNOWN}/results.xlsx`),
      await api.get(`/api/contests/${UNKNOWN}/leaderboard`),
      await east.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: UNKNOWN }),
      await east.client.post(`/api/contests/${fx.contestId}/stakes`, { questionId: UNKNOWN, points: 10 }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.message).toMatch(/不存在 \/ .* not found/);
      expect(res.body.code).toMatch(/^[A-Z_]+_NOT_FOUND$/);
    }
  });

  it('exports results.xlsx with 总排名, 各轮得分, 选手明细, 评委评分 and the analysis sheets', async () => {
    const fx = await aContest(admin, { teams: ['城东供电所', '城西供电所'] });
    const [q1] = fx.questions;
    const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    const west = await join(api, fx.contestId, fx.teams[1].joinCode, '李四');
    await admin.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
    const a = await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
    const b = await west.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'A' });
    await graded(east.client, a.body.id);
    await graded(west.client, b.body.id);
    await admin.post(`/api/contests/${fx.contestId}/adjustments`, { teamId: fx.teams[1].id, points: 3, reason: '风采展示加分' });

    const token = (await api.post('/api/auth/login', { username: 'admin', password: 'admin-password' })).body.accessToken as string;
    const file = await download(t.baseUrl, `/api/contests/${fx.contestId}/results.xlsx`, token);
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/spreadsheetml/);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['总排名', '各轮得分', '选手明细', '评委评分', '申诉', '题目分析', '知识点×队伍', '选手分析']);
    const values = (sheet: string, row: number) => (book.getWorksheet(sheet)?.getRow(row).values as unknown[]).slice(1);

    expect(values('总排名', 1)).toEqual(['名次', '队伍', '分组', '总分', '必答题', '答对', '答错']);
    expect(values('总排名', 2)).toEqual([1, '城东供电所', '', 10, 10, 1, 0]);
    expect(values('总排名', 3)).toEqual([2, '城西供电所', '', 3, 0, 0, 1]);

    expect(values('各轮得分', 1)).toEqual(['轮次', '题型', '队伍', '得分', '本轮名次']);
    expect(values('各轮得分', 2)).toEqual(['必答题', '必答', '城东供电所', 10, 1]);

    expect(values('选手明细', 1)).toEqual(['选手', '队伍', '轮次', '题号', '题目', '答案', '状态', '是否正确', '评分', '计分', '提交时间']);
    const detail = book.getWorksheet('选手明细');
    expect(detail?.rowCount).toBe(3);
    const rows = [2, 3].map((r) => values('选手明细', r));
    expect(rows.map((r) => [r[0], r[1], r[5], r[6], r[7], r[9]])).toEqual(
      expect.arrayContaining([
        ['张三', '城东供电所', 'C', '已评分', '是', 10],
        ['李四', '城西供电所', 'A', '已评分', '否', 0],
      ]),
    );

    expect(values('评委评分', 1)).toEqual(['队伍', '轮次', '题号', '题目', '评委', '评分', '评语', '评分时间']);
  });
});
