import { AuditRepository } from '../../apps/api/src/audit/audit.repository';
import { downloadWorkbook, sheetRows } from '../support/analysis-contest';
import { ApiClient, eventually } from '../support/api-client';
import { join } from '../support/builders';
import { aStaffUser, boardAs, graded, scoresOf } from '../support/live-helpers';
import { useTestApp, type TestApp } from '../support/test-app';

const NUMBERS_PAPER = ['一、填空题', '1.城区客户报修，供电企业应在______内到达现场。', '24小时', '2.城市地区供电可靠率不低于______%。', '99.9', '3.居民客户电费缴纳期限为______天。', '15'].join('\n');

/** Fair marks: equal forms score, and a team that disagrees can appeal (issue "fair marks"). */
describe('fair marks: equal forms and appeals', () => {
  let t: TestApp;
  let api: ApiClient;
  let organizer: ApiClient;
  let chief: { client: ApiClient; id: string };
  let fx: { contestId: string; roundId: string; q: string[]; teams: { id: string; joinCode: string; name: string }[] };

  let admin: ApiClient;

  useTestApp((app) => ({ t, api, admin } = app));
  beforeAll(async () => {
    organizer = (await aStaffUser(admin, 'organizer', 'fair-organizer')).client;
    chief = await aStaffUser(admin, 'judge', 'fair-chief');
    const bank = await organizer.post('/api/banks/import', { format: 'text', content: NUMBERS_PAPER, name: '数字题' });
    const q = ((await organizer.get(`/api/banks/${bank.body.bankId}/questions`)).body as { id: string }[]).map((x) => x.id);
    const contest = (await organizer.post('/api/contests', { title: '公平评分' })).body;
    const teams = [];
    for (const name of ['一所', '二所', '三所']) teams.push((await organizer.post(`/api/contests/${contest.id}/teams`, { name })).body);
    const round = await organizer.post(`/api/contests/${contest.id}/rounds`, { title: '必答', kind: 'required', questionIds: q, secondsPerQuestion: 60 });
    await organizer.post(`/api/contests/${contest.id}/judges`, { userId: chief.id, chief: true });
    fx = { contestId: contest.id, roundId: round.body.id, q, teams };
  });

  it('scores equal forms (a unit the stem or key states, numbers by value); a different unit stays wrong', async () => {
    const [a, b, c] = await Promise.all(fx.teams.map((team, i) => join(api, fx.contestId, team.joinCode, `选手${i}`)));
    await organizer.post(`/api/rounds/${fx.roundId}/questions/${fx.q[0]}/open`);
    const sent = await Promise.all([
      a.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: fx.q[0], answer: ['24'] }),
      b.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: fx.q[0], answer: ['24分钟'] }),
      c.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: fx.q[0], answer: ['二十四小时'] }),
    ]);
    const results = await Promise.all(sent.map((s) => graded(organizer, s.body.id)));
    expect(results.map((r) => r.correct)).toEqual([true, false, true]);
    await organizer.post(`/api/rounds/${fx.roundId}/questions/${fx.q[0]}/close`);

  });

  it('a team appeals its graded answer once, after the close; the chief judge sees it blind and decides; the board replays; all audited', async () => {
    // Any member of the answering team may appeal (here a teammate of the one who answered).
    const b = await join(api, fx.contestId, fx.teams[1].joinCode, '队友1');
    const a = await join(api, fx.contestId, fx.teams[0].joinCode, '队友0');
    const submission = await wrongAnswerOf(b.teamId);
    // Another team cannot appeal it; the team can, once.
    expect((await a.client.post(`/api/submissions/${submission}/appeals`, { reason: '代为申诉' })).status).toBe(404);
    const filed = await b.client.post(`/api/submissions/${submission}/appeals`, { reason: '“24分钟”是笔误，应为24小时' });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ status: 'pending', scoreBefore: 0 });
    expect((await b.client.post(`/api/submissions/${submission}/appeals`, { reason: '再次申诉' })).status).toBe(409);
    expect((await b.client.post(`/api/submissions/${submission}/appeals`, { reason: '' })).status).toBe(400);

    const chiefQueue = (await chief.client.get(`/api/contests/${fx.contestId}/appeals`)).body;
    expect(chiefQueue).toHaveLength(1);
    expect(chiefQueue[0]).toMatchObject({ answer: ['24分钟'], reason: '“24分钟”是笔误，应为24小时', key: { blanks: [['24小时']] }, status: 'pending' });
    expect(JSON.stringify(chiefQueue)).not.toContain('二所');
    expect((await organizer.get(`/api/contests/${fx.contestId}/appeals`)).body[0]).toMatchObject({ teamName: '二所' });
    expect((await b.client.get(`/api/contests/${fx.contestId}/appeals`)).status).toBe(403);

    expect((await chief.client.post(`/api/appeals/${filed.body.id}/decision`, { accept: true, reply: '认可' })).status).toBe(400); // no score
    expect((await chief.client.post(`/api/appeals/${filed.body.id}/decision`, { accept: true, score: 11, reply: '认可' })).status).toBe(400);
    const accepted = await chief.client.post(`/api/appeals/${filed.body.id}/decision`, { accept: true, score: 10, reply: '考虑现场情况，予以认可' });
    expect(accepted.body).toMatchObject({ status: 'accepted', scoreAfter: 10, reply: '考虑现场情况，予以认可' });
    expect((await chief.client.post(`/api/appeals/${filed.body.id}/decision`, { accept: false, reply: '改判' })).status).toBe(409);
    expect((await b.client.get(`/api/submissions/${submission}`)).body).toMatchObject({ status: 'graded', score: 10, correct: true, points: 10 });
    await eventually(async () => scoresOf(await boardAs(api, fx.contestId))['二所'] === 10, 5000, 'the board replayed');
    // The queue keeps showing why the answer was first marked wrong, not the appeal's own grade.
    const decidedEntry = (await organizer.get(`/api/contests/${fx.contestId}/appeals`)).body[0];
    expect(decidedEntry).toMatchObject({ status: 'accepted', scoreBefore: 0, scoreAfter: 10 });
    expect(decidedEntry.graderDetail).not.toBeNull();
    expect((await b.client.get(`/api/contests/${fx.contestId}/appeals/mine`)).body).toEqual([expect.objectContaining({ id: filed.body.id, status: 'accepted', scoreAfter: 10 })]);

    const audit = await t.app.get(AuditRepository).list(fx.contestId);
    expect(audit.filter((e) => e.action.startsWith('appeal.')).map((e) => [e.action, e.entityId])).toEqual([
      ['appeal.file', submission],
      ['appeal.accept', submission],
    ]);

    // The results workbook lists it with its decision.
    const { book } = await downloadWorkbook(t.baseUrl, fx.contestId, organizer.token as string);
    const [header, row] = sheetRows(book, '申诉');
    expect(header).toEqual(['队伍', '轮次', '题号', '题目', '答案', '申诉理由', '状态', '原评分', '改判评分', '回复', '处理人', '申诉时间', '处理时间']);
    expect(row.slice(0, 11)).toEqual(['二所', '必答', 1, expect.stringContaining('到达现场'), '24分钟', '“24分钟”是笔误，应为24小时', '已接受', 0, 10, '考虑现场情况，予以认可', 'fair-chief']);
    expect(row[11]).toBeInstanceOf(Date);
  });

  it('a percentage the stem prints scores; strict forms would take back exactly the forgiven answers', async () => {
    const a = await join(api, fx.contestId, fx.teams[0].joinCode, '队友0b');
    await organizer.post(`/api/rounds/${fx.roundId}/questions/${fx.q[1]}/open`);
    const percent = await a.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: fx.q[1], answer: ['99.9%'] });
    expect(await graded(organizer, percent.body.id)).toMatchObject({ correct: true });
    await organizer.post(`/api/rounds/${fx.roundId}/questions/${fx.q[1]}/close`);
    // 24 (unit from the key) and 99.9% (unit from the stem); 二十四小时 is a numeral, forgiven even when strict.
    const preview = await organizer.post(`/api/rounds/${fx.roundId}/grading`, { strict: true, dryRun: true });
    expect(preview.body).toMatchObject({ dryRun: true, changed: 2 });
    expect(scoresOf(await boardAs(organizer, fx.contestId))).toEqual({ 一所: 20, 二所: 10, 三所: 10 });
  });

  it('refuses an appeal before the question ends and after the window (the next question opened); a rejection keeps the score', async () => {
    const c = await join(api, fx.contestId, fx.teams[2].joinCode, '队友2');
    await organizer.post(`/api/rounds/${fx.roundId}/questions/${fx.q[2]}/open`);
    const sent = await c.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: fx.q[2], answer: ['30'] });
    await graded(organizer, sent.body.id);
    const early = await c.client.post(`/api/submissions/${sent.body.id}/appeals`, { reason: '答案正确' });
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/ended/);
    await organizer.post(`/api/rounds/${fx.roundId}/questions/${fx.q[2]}/close`);
    const filed = await c.client.post(`/api/submissions/${sent.body.id}/appeals`, { reason: '答案正确' });
    expect(filed.status).toBe(201);
    expect((await organizer.post(`/api/appeals/${filed.body.id}/decision`, { accept: false, reply: '标准答案为15天' })).body).toMatchObject({ status: 'rejected', scoreAfter: null });
    expect((await c.client.get(`/api/submissions/${sent.body.id}`)).body.score).toBe(0);

    // 二十四小时 (question 1) can no longer be appealed: question 2 opened after it closed.
    const old = (await c.client.get(`/api/contests/${fx.contestId}/appeals/mine`)).body.map((x: { submissionId: string }) => x.submissionId);
    const firstAnswer = await wrongOrRightOf(fx.teams[2].id, fx.q[0]);
    expect(old).not.toContain(firstAnswer);
    const late = await c.client.post(`/api/submissions/${firstAnswer}/appeals`, { reason: '迟到的申诉' });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/passed/);
  });

  async function wrongAnswerOf(teamId: string): Promise<string> {
    return wrongOrRightOf(teamId, fx.q[0]);
  }

  async function wrongOrRightOf(teamId: string, questionId: string): Promise<string> {
    const { SubmissionEntity } = await import('../../apps/api/src/database/entities');
    const { DataSource } = await import('typeorm');
    const row = await t.app.get(DataSource).getRepository(SubmissionEntity).findOneByOrFail({ teamId, questionId });
    return row.id;
  }
});
