import { ApiClient, eventually } from '../support/api-client';
import { aContest, join } from '../support/builders';
import { FakeClock } from '../support/fake-clock';
import { graded } from '../support/live-helpers';
import { useTestApp } from '../support/test-app';

/**
 * The clock decides, in one function for answers, buzzes and papers: GRACE_MS is honoured, a paused
 * countdown stands still, an extension counts, a question closes at its deadline on its own. The
 * server's clock is a fake here, moved by the test.
 */
describe('the server clock: grace, pause, extend, close', () => {
  let api: ApiClient;
  let staff: ApiClient;
  const clock = new FakeClock();
  const at = (iso: string, ms: number) => new Date(Date.parse(iso) + ms);

  useTestApp((app) => ({ api, admin: staff } = app), { GRACE_MS: '500' }, { clock });

  it('takes an answer 250 ms after the deadline (GRACE_MS 500) and refuses one 600 ms after', async () => {
    const fx = await aContest(staff, { teams: ['一所', '二所'], secondsPerQuestion: 5 });
    const [q1] = fx.questions;
    const [first, second] = await Promise.all(fx.teams.map((team, i) => join(api, fx.contestId, team.joinCode, `选手${i}`)));
    const opened = await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
    clock.setTo(at(opened.body.deadline, 250));
    const inGrace = await first.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
    expect(inGrace.status).toBe(202);
    expect(await graded(first.client, inGrace.body.id)).toMatchObject({ correct: true, score: 10, points: 10 });
    clock.setTo(at(opened.body.deadline, 600));
    const late = await second.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'SUBMISSION_TOO_LATE', submissionId: expect.any(String) });
  });

  it('stands still while paused: answers refused, the old deadline passes, and after resume the moved deadline counts', async () => {
    const fx = await aContest(staff, { teams: ['一所'], secondsPerQuestion: 5 });
    const [q1] = fx.questions;
    const player = await join(api, fx.contestId, fx.teams[0].joinCode, '选手');
    const opened = await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
    clock.advance(1000);
    expect((await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/pause`)).status).toBe(200);
    const paused = await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
    expect(paused.status).toBe(409);
    expect(paused.body.message).toMatch(/paused/);
    clock.advance(10_000); // far past the old deadline: a paused question is not closed
    await new Promise((r) => setTimeout(r, 600));
    expect((await api.get(`/api/contests/${fx.contestId}/live`)).body.phase).toBe('open');
    const resumed = await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/resume`);
    expect(Date.parse(resumed.body.deadline) - Date.parse(opened.body.deadline)).toBeGreaterThanOrEqual(10_000);
    clock.setTo(at(opened.body.deadline, 3000));
    const after = await player.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
    expect(after.status).toBe(202);
    expect(await graded(player.client, after.body.id)).toMatchObject({ correct: true });
  });

  it('counts an extension, then closes the question on its own once the deadline and grace have passed', async () => {
    const fx = await aContest(staff, { teams: ['一所', '二所'], secondsPerQuestion: 5 });
    const [q1] = fx.questions;
    const [first, second] = await Promise.all(fx.teams.map((team, i) => join(api, fx.contestId, team.joinCode, `选手${i}`)));
    const opened = await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
    const extended = await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/extend`, { seconds: 10 });
    clock.setTo(at(opened.body.deadline, 2000));
    const inExtension = await first.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
    expect(inExtension.status).toBe(202);
    clock.setTo(at(extended.body.deadline, 600));
    await eventually(async () => (await api.get(`/api/contests/${fx.contestId}/live`)).body.phase === 'closed', 5000, 'the deadline closes the question');
    const details = (await staff.get(`/api/contests/${fx.contestId}`)).body;
    expect(details.rounds[0].questions[0]).toMatchObject({ status: 'closed', closedAt: extended.body.deadline });
    expect((await second.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' })).status).toBe(409);
  });

  it('reopens a finished question only when asked, and a revealed one never', async () => {
    const fx = await aContest(staff, { teams: ['一所'] });
    const [q1] = fx.questions;
    const open = (body?: object) => staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`, body);
    expect((await open()).status).toBe(200);
    expect((await open()).status).toBe(409); // already open
    await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/close`);
    const again = await open();
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/reopen: true/);
    expect((await open({ reopen: true })).status).toBe(200);
    await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/close`);
    expect((await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/reveal`)).status).toBe(200);
    const revealed = await open({ reopen: true });
    expect(revealed.status).toBe(409);
    expect(revealed.body.message).toMatch(/revealed/);
  });

  it('times buzzes by the same rule: none while paused, one inside the grace, none after it', async () => {
    const fx = await aContest(staff, { kind: 'buzzer', teams: ['一所', '二所', '三所'], secondsPerQuestion: 5 });
    const [q1] = fx.questions;
    const players = await Promise.all(fx.teams.map((team, i) => join(api, fx.contestId, team.joinCode, `选手${i}`)));
    const opened = await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
    await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/pause`);
    const paused = await players[0].client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q1.id });
    expect(paused.status).toBe(409);
    expect(paused.body.message).toMatch(/paused/);
    const resumed = await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/resume`);
    expect(Date.parse(resumed.body.deadline)).toBeGreaterThanOrEqual(Date.parse(opened.body.deadline));
    clock.setTo(at(resumed.body.deadline, 250));
    expect((await players[1].client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q1.id })).body).toMatchObject({ granted: true, rank: 1 });
    clock.setTo(at(resumed.body.deadline, 600));
    expect((await players[2].client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q1.id })).status).toBe(409);
  });
});
