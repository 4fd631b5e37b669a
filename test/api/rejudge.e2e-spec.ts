import { DataSource } from 'typeorm';
import { GradeEntity } from '../../apps/api/src/database/entities';
import { ApiClient, eventually } from '../support/api-client';
import { aContest, join, signInAdmin } from '../support/builders';
import { useTestApp, type TestApp } from '../support/test-app';

describe('rejudge after a key is fixed', () => {
  let t: TestApp;
  let api: ApiClient;

  useTestApp((app) => ({ t, api } = app));

  it('previews how many answers change, regrades them, keeps old grades superseded, and moves the board', async () => {
    const staff = await signInAdmin(api);
    const fx = await aContest(staff, { teams: ['城东供电所', '城西供电所', '高新区营业厅'], types: ['blank'] });
    const question = fx.questions[0];
    await staff.post(`/api/rounds/${fx.roundId}/questions/${question.id}/open`);
    const answers = [['优质', '方便', '规范', '快捷'], ['优质', '方便', '规范', '快速'], ['优质', '便捷', '规范', '快捷']];
    const ids: string[] = [];
    for (const [i, answer] of answers.entries()) {
      const p = await join(api, fx.contestId, fx.teams[i].joinCode, `选手${i}`);
      ids.push((await p.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: question.id, answer })).body.id);
    }
    await eventually(async () => {
      const s = await Promise.all(ids.map((id) => staff.get(`/api/submissions/${id}`)));
      return s.every((r) => r.body.status === 'graded');
    });
    const before = (await staff.get(`/api/contests/${fx.contestId}/leaderboard`)).body.rows;
    expect(before.map((r: { score: number }) => r.score)).toEqual([10, 7.5, 7.5]);

    // Accept 快速 as a variant of the fourth blank: one answer would change.
    const blanks = [['优质'], ['方便'], ['规范'], ['快捷', '快速']];
    const preview = await staff.post(`/api/contests/${fx.contestId}/questions/${question.id}/rejudge`, { question: { blanks }, dryRun: true });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, total: 3, changed: 1 });
    expect(preview.body.examples[0]).toMatchObject({ submissionId: ids[1], before: 7.5, after: 10 });
    // A dry run saves nothing.
    expect((await staff.get(`/api/submissions/${ids[1]}`)).body.score).toBe(7.5);

    const applied = await staff.post(`/api/contests/${fx.contestId}/questions/${question.id}/rejudge`, { question: { blanks }, dryRun: false });
    expect(applied.body).toMatchObject({ dryRun: false, changed: 1 });
    expect((await staff.get(`/api/submissions/${ids[1]}`)).body).toMatchObject({ score: 10, correct: true });
    const after = (await staff.get(`/api/contests/${fx.contestId}/leaderboard`)).body.rows;
    // Equal scores: the earlier last correct answer (城东 answered first) breaks the tie.
    expect(after.map((r: { teamName: string; rank: number; score: number }) => [r.teamName, r.rank, r.score])).toEqual([
      ['城东供电所', 1, 10],
      ['城西供电所', 2, 10],
      ['高新区营业厅', 3, 7.5],
    ]);

    const grades = await t.app.get(DataSource).getRepository(GradeEntity).find({ where: { submissionId: ids[1] }, order: { createdAt: 'ASC' } });
    expect(grades.map((g) => [g.source, g.score, g.supersededAt === null])).toEqual([
      ['auto', 7.5, false],
      ['rejudge', 10, true],
    ]);

    // A broken key is refused with 422 and nothing is saved.
    const broken = await staff.post(`/api/contests/${fx.contestId}/questions/${question.id}/rejudge`, { question: { blanks: [] }, dryRun: false });
    expect(broken.status).toBe(422);
    expect((await staff.get(`/api/submissions/${ids[1]}`)).body.score).toBe(10);
  });
});
