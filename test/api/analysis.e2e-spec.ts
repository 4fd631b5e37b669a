import { ApiClient, eventually } from '../support/api-client';
import { answer, buildAnalysisContest, downloadWorkbook, sheetRows, type AnalysisContest } from '../support/analysis-contest';
import { FakeClock } from '../support/fake-clock';
import { aStaffUser, boardAs } from '../support/live-helpers';
import { useTestApp, type TestApp } from '../support/test-app';

/**
 * 竞赛分析报告 end to end: a contest played over four rounds (see support/analysis-contest), then
 * GET /contests/:id/analysis checked against figures worked out by hand, the big screen's option bar
 * held back until its question has closed (and switched on, and its results may show), and
 * results.xlsx compared with the route number for number.
 */
describe('the contest analysis: the route, the big screen option bar, results.xlsx', () => {
  let t: TestApp;
  let api: ApiClient;
  let owner: ApiClient;
  let other: ApiClient;
  let fx: AnalysisContest;
  const clock = new FakeClock();
  const shares = (questionId: string) => api.get(`/api/contests/${fx.contestId}/questions/${questionId}/option-shares`);
  const control = (round: string, questionId: string, action: 'open' | 'close' | 'reveal') => owner.post(`/api/rounds/${round}/questions/${questionId}/${action}`, {});
  const at = (iso: string, ms: number) => new Date(Date.parse(iso) + ms);
  const team2 = (res: { body: { teams: { teamId: string; score: number }[] } }) => res.body.teams.find((x) => x.teamId === fx.teams.乙队)?.score;

  let admin: ApiClient;

  useTestApp((app) => ({ t, api, admin } = app), { GRACE_MS: '500' }, { clock });
  beforeAll(async () => {
    owner = (await aStaffUser(admin, 'organizer', 'analysis-owner')).client;
    other = (await aStaffUser(admin, 'organizer', 'analysis-other')).client;
    fx = await buildAnalysisContest(api, owner, admin);
  });

  it('笔答: the option bar is refused while its question is pending or open, hidden while off or while the round runs, shown after', async () => {
    const { q1, q4 } = fx.q;
    const m = fx.members;
    expect((await shares(q1.id)).status).toBe(409);
    const opened = await control(fx.rounds.written, q1.id, 'open');
    clock.setTo(at(opened.body.openedAt, 4000));
    for (const [who, value] of [[m.甲一, 'C'], [m.甲二, 'C'], [m.乙一, 'C'], [m.乙二, 'A'], [m.丙一, 'B']] as const) await answer(fx, who, q1.id, value);
    const open = await shares(q1.id);
    expect(open.status).toBe(409);
    expect(open.body.message).toMatch(/尚未结束.* \/ .*has not closed/);
    clock.setTo(at(opened.body.deadline, 600));
    expect((await m.丙二.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' })).body).toMatchObject({ code: 'SUBMISSION_TOO_LATE' });
    await control(fx.rounds.written, q1.id, 'close');

    expect((await shares(q1.id)).body).toEqual({ questionId: q1.id, shown: false, hidden: 'off' });
    expect((await api.patch(`/api/contests/${fx.contestId}/analysis/settings`, { optionSharesOnScreen: true })).status).toBe(401);
    expect((await other.patch(`/api/contests/${fx.contestId}/analysis/settings`, { optionSharesOnScreen: true })).status).toBe(403);
    expect((await owner.patch(`/api/contests/${fx.contestId}/analysis/settings`, { timeZone: 'Mars/Olympus' })).status).toBe(400);
    const on = await owner.patch(`/api/contests/${fx.contestId}/analysis/settings`, { optionSharesOnScreen: true });
    expect(on.body).toEqual({ optionSharesOnScreen: true, timeZone: 'Asia/Shanghai' });
    // A written round shows results when the round ends: q4 has not been played yet.
    expect((await shares(q1.id)).body).toEqual({ questionId: q1.id, shown: false, hidden: 'held' });

    await control(fx.rounds.written, q4.id, 'open');
    for (const who of Object.values(m)) await answer(fx, who, q4.id, false);
    await control(fx.rounds.written, q4.id, 'close');
    const shown = await eventually(async () => ((await shares(q1.id)).body.shown ? (await shares(q1.id)).body : null), 5000, 'the option bar shown');
    expect(shown).toEqual({
      questionId: q1.id,
      shown: true,
      answered: 5,
      keyRevealed: false,
      options: [
        { key: 'A', picks: 1, share: 0.2 },
        { key: 'B', picks: 1, share: 0.2 },
        { key: 'C', picks: 3, share: 0.6 },
        { key: 'D', picks: 0, share: 0 },
      ],
    });
    // The key is marked once the organizer has revealed it.
    expect((await control(fx.rounds.written, q1.id, 'reveal')).status).toBe(200);
    await eventually(async () => (await shares(q1.id)).body.options?.find((o: { isKey?: boolean }) => o.isKey)?.key === 'C', 5000, 'the key marked');
  });

  it('必答, 风险 on stakes, 简答 with two judges, an adjustment', async () => {
    const { q2, q3, q5 } = fx.q;
    const m = fx.members;
    await control(fx.rounds.required, q2.id, 'open');
    for (const [who, value] of [[m.甲一, 'B'], [m.乙一, 'B'], [m.丙一, 'D']] as const) await answer(fx, who, q2.id, value);
    await control(fx.rounds.required, q2.id, 'close');
    expect((await m.甲一.client.post(`/api/contests/${fx.contestId}/stakes`, { questionId: q3.id, points: 20 })).status).toBe(200);
    expect((await m.乙一.client.post(`/api/contests/${fx.contestId}/stakes`, { questionId: q3.id, points: 10 })).status).toBe(200);
    await control(fx.rounds.risk, q3.id, 'open');
    await answer(fx, m.甲一, q3.id, ['优质', '方便', '规范', '快捷']);
    await answer(fx, m.乙一, q3.id, ['甲', '乙', '丙', '丁']);
    await control(fx.rounds.risk, q3.id, 'close');
    await control(fx.rounds.short, q5.id, 'open');
    const essay = await answer(fx, m.甲一, q5.id, '接待、会话', 'review');
    await control(fx.rounds.short, q5.id, 'close');
    expect((await fx.judges[0].client.post(`/api/reviews/${essay}`, { score: 12 })).status).toBe(200);
    expect((await fx.judges[1].client.post(`/api/reviews/${essay}`, { score: 16 })).body).toMatchObject({ status: 'graded', score: 14 });
    expect((await owner.post(`/api/contests/${fx.contestId}/adjustments`, { teamId: fx.teams.丙队, points: 3, reason: '风采展示' })).status).toBe(201);
  });

  it('GET /analysis: items, knowledge points, teams and contestants; each rank path ends on the staff board', async () => {
    expect((await api.get(`/api/contests/${fx.contestId}/analysis`)).status).toBe(401);
    expect((await other.get(`/api/contests/${fx.contestId}/analysis`)).status).toBe(403);
    expect((await fx.members.甲一.client.get(`/api/contests/${fx.contestId}/analysis`)).status).toBe(403);
    expect((await owner.get('/api/contests/00000000-0000-4000-8000-000000000000/analysis')).status).toBe(404);
    const draft = (await owner.post('/api/contests', { title: '尚未开始' })).body.id;
    expect((await owner.get(`/api/contests/${draft}/analysis`)).body).toMatchObject({ status: 'draft', questions: [], tags: [], teams: [], steps: [] });
    const res = await owner.get(`/api/contests/${fx.contestId}/analysis`);
    expect(res.status).toBe(200);
    const report = res.body;
    const item = (id: string) => report.questions.find((q: { questionId: string }) => q.questionId === id);
    const { q1, q2, q3, q4, q5 } = fx.q;
    expect(report.steps.map((s: { questionId: string }) => s.questionId)).toEqual([q1.id, q4.id, q2.id, q3.id, q5.id]);
    expect(item(q1.id)).toMatchObject({ answered: 5, right: 3, partial: 0, wrong: 2, tooLate: 1, facility: 0.6, discrimination: 1, optionShares: { A: 0.2, B: 0.2, C: 0.6, D: 0 }, flags: ['unused-distractor'], unit: 'contestant', tags: q1.tags });
    expect(item(q1.id).meanSeconds).toBeGreaterThanOrEqual(3.5);
    expect(item(q1.id).meanSeconds).toBeLessThan(6);
    expect(item(q4.id)).toMatchObject({ answered: 6, right: 6, facility: 1, discrimination: 0, optionShares: { true: 0, false: 1 }, flags: ['too-easy', 'unused-distractor'] });
    expect(item(q2.id)).toMatchObject({ answered: 3, right: 2, facility: 0.6667, optionShares: { A: 0, B: 0.6667, C: 0, D: 0.3333 }, flags: [], unit: 'team' });
    expect(item(q3.id)).toMatchObject({ answered: 2, right: 1, wrong: 1, optionShares: null });
    expect(item(q5.id)).toMatchObject({ answered: 1, right: 0, partial: 1, judgeSpread: 4, meanShare: 0.7 });

    const tag = (name: string) => report.tags.find((x: { tag: string }) => x.tag === name);
    expect(tag(q1.tags[0])).toMatchObject({ mean: 0.625, byTeam: { [fx.teams.甲队]: 1, [fx.teams.乙队]: 0.6667, [fx.teams.丙队]: 0 }, byGroup: { 东区: 0.8333, 西区: 0 } });
    expect(tag(q3.tags[0])).toMatchObject({ mean: 0.5, byTeam: { [fx.teams.甲队]: 1, [fx.teams.乙队]: 0, [fx.teams.丙队]: null } });
    expect(report.groups).toEqual(['东区', '西区']);

    const board = await boardAs(owner, fx.contestId);
    const team = (id: string) => report.teams.find((x: { teamId: string }) => x.teamId === id);
    expect(board.rows.map((r) => [r.teamName, r.rank, r.score])).toEqual([['甲队', 1, 84], ['乙队', 2, 30], ['丙队', 3, 23]]);
    for (const row of board.rows) {
      expect(team(row.teamId)).toMatchObject({ rank: row.rank, score: row.score });
      expect(team(row.teamId).rankPath.at(-1)).toBe(row.rank);
      expect(team(row.teamId).scorePath.at(-1)).toBe(row.score);
    }
    expect(team(fx.teams.甲队).byRound).toEqual({ [fx.rounds.written]: 40, [fx.rounds.required]: 10, [fx.rounds.risk]: 20, [fx.rounds.short]: 14 });
    // The adjustment counts from the last question: 丙队 reaches 23 only at the end.
    expect(team(fx.teams.丙队).scorePath).toEqual([0, 20, 20, 20, 23]);
    expect(team(fx.teams.乙队).scorePath).toEqual([10, 30, 40, 30, 30]);

    const person = (id: string) => report.contestants.find((c: { contestantId: string }) => c.contestantId === id);
    expect(person(fx.members.甲一.contestantId)).toMatchObject({ answered: 2, right: 2, total: 20, rank: 1 });
    expect(person(fx.members.丙二.contestantId)).toMatchObject({ answered: 1, right: 1, total: 10, rank: 4 });
    expect(report.settings).toEqual({ optionSharesOnScreen: true, timeZone: 'Asia/Shanghai' });
    // Nothing changed: the same report, not a recompute; an adjustment makes a new one.
    expect((await owner.get(`/api/contests/${fx.contestId}/analysis`)).body.generatedAt).toBe(report.generatedAt);
    await owner.post(`/api/contests/${fx.contestId}/adjustments`, { teamId: fx.teams.乙队, points: 1, reason: '更正' });
    expect(team2(await owner.get(`/api/contests/${fx.contestId}/analysis`))).toBe(31);
    await owner.post(`/api/contests/${fx.contestId}/adjustments`, { teamId: fx.teams.乙队, points: -1, reason: '撤回更正' });
  });

  it('results.xlsx: the analysis sheets hold the route\'s numbers; kinds in Chinese, counted risk points, names not ids, dates on the contest clock', async () => {
    const token = owner.token as string;
    const report = (await owner.get(`/api/contests/${fx.contestId}/analysis`)).body;
    const { book, disposition } = await downloadWorkbook(t.baseUrl, fx.contestId, token);
    expect(book.worksheets.map((s) => s.name)).toEqual(['总排名', '各轮得分', '选手明细', '评委评分', '申诉', '题目分析', '知识点×队伍', '选手分析']);
    expect(decodeURIComponent(/filename\*=UTF-8''(\S+)/.exec(disposition)?.[1] ?? '')).toBe('2026年“优质服务”知识竞赛：分析 测试-成绩与分析.xlsx');

    const cell = (sheet: string, first: unknown, header: string) => {
      const rows = sheetRows(book, sheet);
      const row = rows.find((r) => r[0] === first || r[3] === first);
      if (!row) throw new Error(`${sheet}: no row ${String(first)}`);
      return row[rows[0].indexOf(header)] ?? null;
    };
    const item = (id: string) => report.questions.find((q: { questionId: string }) => q.questionId === id);
    const { q1, q2 } = fx.q;
    expect(cell('题目分析', q1.stem, '正确率（难度）')).toBe(item(q1.id).facility);
    expect(cell('题目分析', q1.stem, '区分度')).toBe(item(q1.id).discrimination);
    expect(cell('题目分析', q1.stem, '选C')).toBe(item(q1.id).optionShares.C);
    expect(cell('题目分析', q1.stem, '超时')).toBe(1);
    expect(cell('题目分析', q1.stem, '提示')).toBe('有干扰项无人选');
    expect(cell('题目分析', q2.stem, '选D')).toBe(item(q2.id).optionShares.D);

    const tag = q1.tags[0];
    const tagRow = report.tags.find((x: { tag: string }) => x.tag === tag);
    expect(cell('知识点×队伍', '全场平均', tag)).toBe(tagRow.mean);
    expect(cell('知识点×队伍', '乙队', tag)).toBe(tagRow.byTeam[fx.teams.乙队]);
    expect(cell('知识点×队伍', '分组：东区', tag)).toBe(tagRow.byGroup['东区']);
    expect(cell('选手分析', '甲一', '总分')).toBe(20);
    expect(cell('选手分析', '丙二', '名次')).toBe(4);

    expect(new Set(sheetRows(book, '各轮得分').slice(1).map((r) => r[1]))).toEqual(new Set(['笔答', '必答', '风险']));
    const detail = sheetRows(book, '选手明细');
    const risk = detail.filter((r) => r[2] === '风险').map((r) => [r[1], r[8], r[9]]);
    expect(risk).toEqual(expect.arrayContaining([['甲队', 10, 20], ['乙队', 0, -10]]));
    const late = detail.find((r) => r[0] === '丙二' && r[6] === '超时');
    expect(late?.[9]).toBeUndefined();
    const reviews = sheetRows(book, '评委评分');
    expect(reviews[0]).toEqual(['队伍', '轮次', '题号', '题目', '评委', '评分', '评语', '评分时间']);
    expect(reviews.slice(1).map((r) => [r[0], r[1], r[2], r[4], r[5]])).toEqual(expect.arrayContaining([['甲队', '简答', 1, 'analysis-judge-a', 12], ['甲队', '简答', 1, 'analysis-judge-b', 16]]));

    // Times are date cells on the contest's clock: Asia/Shanghai by default, 8 hours ahead of UTC.
    const firstAt = detail[1][10] as Date;
    expect(firstAt).toBeInstanceOf(Date);
    expect((reviews[1][7] as Date).getTime() - clock.now().getTime()).toBeGreaterThan(8 * 3600_000 - 600_000);
    await owner.patch(`/api/contests/${fx.contestId}/analysis/settings`, { timeZone: 'UTC' });
    const utc = await downloadWorkbook(t.baseUrl, fx.contestId, token);
    expect(firstAt.getTime() - (sheetRows(utc.book, '选手明细')[1][10] as Date).getTime()).toBe(8 * 3600_000);
  });
});
