import { DataSource } from 'typeorm';
import { SubmissionEntity } from '../../apps/api/src/database/entities';
import { ApiClient, eventually } from '../support/api-client';
import { downloadWorkbook } from '../support/analysis-contest';
import { aContest, join } from '../support/builders';
import { boardAs, graded, scoresOf } from '../support/live-helpers';
import { useTestApp, type TestApp } from '../support/test-app';

/**
 * Every node keeps the contest's scored answers and re-reads only those whose `gradedAt` moved. Writers stamp on
 * the database's time (test/api/database-time), but a stamp can still be off: a node that could not read the
 * database's time, a clock stepped between two measurements. These tests restamp rows in the database as such a
 * writer would, and check that no wrong stamp hides other grades or leaves one out of the results.
 */
describe('grades stamped by other clocks', () => {
  let t: TestApp;
  let api: ApiClient;
  let staff: ApiClient;
  let db: DataSource;

  useTestApp((app) => {
    ({ t, api, admin: staff } = app);
    db = t.app.get(DataSource);
  });

  const restamp = (id: string, change: Partial<SubmissionEntity>) => db.getRepository(SubmissionEntity).update({ id }, change);

  async function contestWithAnswers(answers: { east: string; west?: string }) {
    const fx = await aContest(staff); // q1 C
    const [q1] = fx.questions;
    const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    const west = await join(api, fx.contestId, fx.teams[1].joinCode, '李四');
    await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
    const answer = async (player: typeof east, value: string) => {
      const sent = await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: value });
      expect(sent.status).toBe(202);
      await graded(player.client, sent.body.id);
      return sent.body.id as string;
    };
    const eastId = await answer(east, answers.east);
    if (answers.west) await answer(west, answers.west);
    return { fx, eastId, answerAsWest: (value: string) => answer(west, value) };
  }

  it('a writer whose clock runs a minute ahead does not hide later grades from the live board', async () => {
    const { fx, eastId, answerAsWest } = await contestWithAnswers({ east: 'C' });
    expect(scoresOf(await boardAs(staff, fx.contestId))).toEqual({ 城东供电所: 10, 城西供电所: 0 });
    // A node a minute ahead rewrites east's grade (a judge's score, say); the board reads it.
    await restamp(eastId, { gradedAt: new Date(Date.now() + 60_000) });
    expect(scoresOf(await boardAs(staff, fx.contestId))).toEqual({ 城东供电所: 10, 城西供电所: 0 });
    // Grades stamped by an on-time worker afterwards still reach the board at once (they used to wait up to 30 s
    // for the next full read: the window was taken from the newest stamp seen).
    await answerAsWest('C');
    await eventually(async () => scoresOf(await boardAs(staff, fx.contestId))['城西供电所'] === 10, 5000, 'west on the live board');
  });

  it('results.xlsx and the analysis report count a grade stamped by a clock minutes behind', async () => {
    const { fx, eastId } = await contestWithAnswers({ east: 'A', west: 'A' });
    expect(scoresOf(await boardAs(staff, fx.contestId))).toEqual({ 城东供电所: 0, 城西供电所: 0 });
    const facility = async () => ((await staff.get(`/api/contests/${fx.contestId}/analysis`)).body.questions as { questionId: string; facility: number }[])[0].facility;
    expect(await facility()).toBe(0);

    // A rejudge by a node whose clock is two minutes behind: east's answer is now worth 10, stamped in the past
    // (the newest stamp, west's, stays the newest). Live boards read it at their next full read (30 s); the
    // results and the report read every grade now.
    await restamp(eastId, { score: 10, correct: true, gradedAt: new Date(Date.now() - 120_000) });
    const { book } = await downloadWorkbook(t.baseUrl, fx.contestId, staff.token as string);
    const totals = Object.fromEntries([2, 3].map((r) => (book.getWorksheet('总排名')?.getRow(r).values as unknown[]).slice(2, 5)).map(([team, , total]) => [team, total]));
    expect(totals).toEqual({ 城东供电所: 10, 城西供电所: 0 });
    // The report kept for the contest is made again: the regrade moved what it is made of (its sums).
    expect(await facility()).toBe(0.5);
  });
});
