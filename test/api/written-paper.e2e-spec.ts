import { ApiClient, eventually } from '../support/api-client';
import { join } from '../support/builders';
import { boardAs, scoresOf } from '../support/live-helpers';
import { PAPER_POOL, answerFor, statusOf, type BankQuestion, type ShownQuestion } from '../support/paper-pool';
import { useTestApp } from '../support/test-app';

describe('written round as an individual paper', () => {
  let api: ApiClient;
  let staff: ApiClient;
  let bank: BankQuestion[];

  useTestApp((app) => ({ api, admin: staff } = app));
  beforeAll(async () => {
    const imported = await staff.post('/api/banks/import', { format: 'text', content: PAPER_POOL, name: '初赛题库' });
    expect(imported.status).toBe(201);
    bank = (await staff.get(`/api/banks/${imported.body.bankId}/questions`)).body;
    expect(bank.filter((q) => q.type === 'single')).toHaveLength(6);
    expect(bank.filter((q) => q.type === 'truefalse')).toHaveLength(2);
  });

  /** A contest with teams A and B and one written paper round over the whole bank. */
  async function paperContest(paper: Record<string, unknown>, settings: Record<string, unknown> = {}) {
    const contest = (await staff.post('/api/contests', { title: '初赛' })).body;
    const teams = [];
    for (const name of ['城东支行', '城西支行']) teams.push((await staff.post(`/api/contests/${contest.id}/teams`, { name })).body);
    const round = await staff.post(`/api/contests/${contest.id}/rounds`, {
      title: '笔答初赛',
      kind: 'written',
      questionIds: bank.map((q) => q.id),
      secondsPerQuestion: 30,
      settings: { paper, resultVisibility: 'immediately', ...settings },
    });
    expect(round.status).toBe(201);
    return { contestId: contest.id as string, roundId: round.body.id as string, teams: teams as { id: string; joinCode: string }[] };
  }

  const DRAW = { draw: [{ type: 'single', count: 4 }, { type: 'truefalse', count: 1 }], minutes: 5 };

  /** Answers every question of a paper right or wrong (all but `skip` of them) and waits for the grades. */
  async function answerAll(client: ApiClient, roundId: string, questions: ShownQuestion[], right: boolean, skip = 0) {
    const results = [];
    for (const shown of questions.slice(0, questions.length - skip)) {
      const b = bank.find((q) => q.id === shown.id) as BankQuestion;
      const res = await client.post(`/api/rounds/${roundId}/paper/answers`, { questionId: shown.id, answer: answerFor(shown, b, right) });
      expect(res.status).toBe(202);
      results.push({ question: b, graded: await statusOf(client, res.body.id, 'graded') });
    }
    return results;
  }

  it('refuses a paper on a round that is not written, or a draw the pool cannot fill', async () => {
    const contest = (await staff.post('/api/contests', { title: '校验' })).body;
    const base = { title: 'x', questionIds: bank.map((q) => q.id), secondsPerQuestion: 30 };
    const notWritten = await staff.post(`/api/contests/${contest.id}/rounds`, { ...base, kind: 'required', settings: { paper: DRAW } });
    expect(notWritten.status).toBe(400);
    const tooMany = await staff.post(`/api/contests/${contest.id}/rounds`, { ...base, kind: 'written', settings: { paper: { draw: [{ type: 'truefalse', count: 3 }], minutes: 5 } } });
    expect(tooMany.status).toBe(422);
    const badShape = await staff.post(`/api/contests/${contest.id}/rounds`, { ...base, kind: 'written', settings: { paper: { draw: [{ type: 'essay', count: 1 }], minutes: 5 } } });
    expect(badShape.status).toBe(400);
  });

  it('draws a personal paper per contestant, grades shuffled options by their original keys, sums the team', async () => {
    const fx = await paperContest(DRAW);
    const zhang = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    const li = await join(api, fx.contestId, fx.teams[0].joinCode, '李四');
    const wang = await join(api, fx.contestId, fx.teams[1].joinCode, '王五');
    const paperUrl = `/api/rounds/${fx.roundId}/paper`;

    // Not before the organizer opens it; only the organizer opens it; a question of the round cannot be opened alone.
    expect((await zhang.client.post(paperUrl)).status).toBe(409);
    expect((await zhang.client.post(`${paperUrl}/open`)).status).toBe(403);
    expect((await staff.post(`/api/rounds/${fx.roundId}/questions/${bank[0].id}/open`)).status).toBe(409);
    const opened = await staff.post(`${paperUrl}/open`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ status: 'open', minutes: 5, questionCount: 5 });

    const first = await zhang.client.post(paperUrl);
    expect(first.status).toBe(200);
    const paper = first.body;
    expect(paper.questions).toHaveLength(5);
    expect(paper.questions.filter((q: ShownQuestion) => q.type === 'single')).toHaveLength(4);
    expect(Date.parse(paper.deadline) - Date.parse(paper.startedAt)).toBe(5 * 60_000);
    // No keys on a paper; options relabelled A, B, C, D.
    for (const q of paper.questions as ShownQuestion[]) {
      expect(q.answer).toBeUndefined();
      if (q.options) expect(q.options.map((o) => o.key)).toEqual(['A', 'B', 'C', 'D']);
    }
    // Drawn once: starting again or reloading gives the same paper.
    const again = await zhang.client.post(paperUrl);
    expect(again.body.paperId).toBe(paper.paperId);
    expect(again.body.questions).toEqual(paper.questions);
    const reload = await zhang.client.get(paperUrl);
    expect(reload.status).toBe(200);
    expect(reload.body.questions).toEqual(paper.questions);
    expect(reload.body.startedAt).toBe(paper.startedAt);

    const liPaper = (await li.client.post(paperUrl)).body;
    expect(liPaper.paperId).not.toBe(paper.paperId);
    expect(JSON.stringify(liPaper.questions)).not.toBe(JSON.stringify(paper.questions));
    // The options really were moved: some right answer is shown under another letter than the bank's.
    const moved = [...paper.questions, ...liPaper.questions].filter((shown: ShownQuestion) => {
      const b = bank.find((q) => q.id === shown.id) as BankQuestion;
      return b.type === 'single' && answerFor(shown, b, true) !== b.answer;
    });
    expect(moved.length).toBeGreaterThan(0);

    // Another contestant cannot read or answer someone else's paper.
    expect((await wang.client.get(paperUrl)).status).toBe(404);
    expect((await wang.client.post(`${paperUrl}/answers`, { questionId: paper.questions[0].id, answer: 'A' })).status).toBe(404);
    const wangPaper = (await wang.client.post(paperUrl)).body;
    const notOnWangs = bank.find((q) => !wangPaper.questions.some((s: ShownQuestion) => s.id === q.id)) as BankQuestion;
    expect((await wang.client.post(`${paperUrl}/answers`, { questionId: notOnWangs.id, answer: 'A' })).status).toBe(404);

    // 张三: all right except the last question (left blank); 李四: all wrong; 王五: all right.
    const zhangResults = await answerAll(zhang.client, fx.roundId, paper.questions, true, 1);
    for (const r of zhangResults) expect(r.graded).toMatchObject({ correct: true, score: r.question.points });
    const liResults = await answerAll(li.client, fx.roundId, liPaper.questions, false);
    for (const r of liResults) expect(r.graded).toMatchObject({ correct: false, score: 0 });
    const wangResults = await answerAll(wang.client, fx.roundId, wangPaper.questions, true);

    // One answer per question; the reload shows it in the contestant's own letters.
    const firstShown = paper.questions[0] as ShownQuestion;
    const firstBank = bank.find((q) => q.id === firstShown.id) as BankQuestion;
    expect((await zhang.client.post(`${paperUrl}/answers`, { questionId: firstShown.id, answer: answerFor(firstShown, firstBank, true) })).status).toBe(409);
    const reloaded = (await zhang.client.get(paperUrl)).body;
    expect(reloaded.answers).toHaveLength(4);
    expect(reloaded.answers.find((a: { questionId: string }) => a.questionId === firstShown.id).answer).toEqual(answerFor(firstShown, firstBank, true));

    // A letter the contestant was never shown is refused.
    const last = paper.questions[4] as ShownQuestion;
    if (last.type === 'single') expect((await zhang.client.post(`${paperUrl}/answers`, { questionId: last.id, answer: 'F' })).status).toBe(400);

    // Handed in: nothing more is accepted.
    const handedIn = await zhang.client.post(`${paperUrl}/submit`);
    expect(handedIn.status).toBe(200);
    expect(handedIn.body).toMatchObject({ paperId: paper.paperId, answered: 4 });
    const lastBank = bank.find((q) => q.id === last.id) as BankQuestion;
    const afterSubmit = await zhang.client.post(`${paperUrl}/answers`, { questionId: last.id, answer: answerFor(last, lastBank, true) });
    expect(afterSubmit.status).toBe(409);
    expect((await zhang.client.get(paperUrl)).body.submittedAt).toBe(handedIn.body.submittedAt);

    // Team score = sum of members.
    const sum = (rs: { question: BankQuestion }[]) => rs.reduce((n, r) => n + r.question.points, 0);
    const board = await eventually(async () => {
      const b = scoresOf(await boardAs(staff, fx.contestId));
      return b['城东支行'] === sum(zhangResults) && b['城西支行'] === sum(wangResults) ? b : null;
    }, 10000, 'board with paper scores');
    expect(board).toEqual({ 城东支行: sum(zhangResults), 城西支行: sum(wangResults) });

    // The contestant list of papers shows the window and their own paper.
    const list = await zhang.client.get(`/api/contests/${fx.contestId}/papers`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([expect.objectContaining({ roundId: fx.roundId, status: 'open', myPaper: expect.objectContaining({ paperId: paper.paperId }) })]);

    // A contestant of another contest may not touch this round.
    const other = await paperContest(DRAW);
    const stranger = await join(api, other.contestId, other.teams[0].joinCode, '赵六');
    expect((await stranger.client.get(paperUrl)).status).toBe(403);
    expect((await stranger.client.post(paperUrl)).status).toBe(403);
    expect((await stranger.client.post(`${paperUrl}/answers`, { questionId: paper.questions[0].id, answer: 'A' })).status).toBe(403);

    // Close: nobody starts any more; running papers end.
    expect((await staff.post(`${paperUrl}/close`)).status).toBe(200);
    expect((await staff.post(`${paperUrl}/close`)).status).toBe(409);
    expect((await staff.post(`${paperUrl}/open`)).status).toBe(409);
    const late = await join(api, fx.contestId, fx.teams[1].joinCode, '迟到');
    expect((await late.client.post(paperUrl)).status).toBe(409);
    const liLast = liPaper.questions[4] as ShownQuestion;
    expect((await li.client.post(`${paperUrl}/answers`, { questionId: liLast.id, answer: answerFor(liLast, bank.find((q) => q.id === liLast.id) as BankQuestion, true) })).status).toBe(409);
  });

  it('team score can be the mean of members (absent members count 0)', async () => {
    const fx = await paperContest({ draw: [{ type: 'single', count: 2 }], minutes: 5 }, { teamScore: 'mean' });
    const paperUrl = `/api/rounds/${fx.roundId}/paper`;
    await staff.post(`${paperUrl}/open`);
    const zhang = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    const li = await join(api, fx.contestId, fx.teams[0].joinCode, '李四');
    const wang = await join(api, fx.contestId, fx.teams[1].joinCode, '王五');
    const right = await answerAll(zhang.client, fx.roundId, (await zhang.client.post(paperUrl)).body.questions, true);
    await answerAll(li.client, fx.roundId, (await li.client.post(paperUrl)).body.questions, false);
    const wangRight = await answerAll(wang.client, fx.roundId, (await wang.client.post(paperUrl)).body.questions, true);
    const points = (rs: { question: BankQuestion }[]) => rs.reduce((n, r) => n + r.question.points, 0);
    const expected = { 城东支行: points(right) / 2, 城西支行: points(wangRight) };
    const board = await eventually(async () => {
      const b = scoresOf(await boardAs(staff, fx.contestId));
      return b['城东支行'] === expected['城东支行'] && b['城西支行'] === expected['城西支行'] ? b : null;
    }, 10000, 'mean board');
    expect(board).toEqual(expected);
  });

  it('by default shows results only when the round ends (the paper is collected): to the author and on the public board', async () => {
    const fx = await paperContest({ draw: [{ type: 'single', count: 1 }], minutes: 5 }, { resultVisibility: undefined });
    const paperUrl = `/api/rounds/${fx.roundId}/paper`;
    await staff.post(`${paperUrl}/open`);
    const zhang = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    const [q1] = (await zhang.client.post(paperUrl)).body.questions as ShownQuestion[];
    const sent = await zhang.client.post(`${paperUrl}/answers`, { questionId: q1.id, answer: answerFor(q1, bank.find((q) => q.id === q1.id) as BankQuestion, true) });
    await statusOf(staff, sent.body.id, 'graded');
    await zhang.client.post(`${paperUrl}/submit`);
    expect((await zhang.client.get(`/api/submissions/${sent.body.id}`)).body).toMatchObject({ status: 'submitted', correct: null, points: null });
    expect(scoresOf(await boardAs(api, fx.contestId))['城东支行']).toBe(0);
    await staff.post(`${paperUrl}/close`);
    expect(await statusOf(zhang.client, sent.body.id, 'graded')).toMatchObject({ correct: true });
    expect(scoresOf(await boardAs(api, fx.contestId))['城东支行']).toBeGreaterThan(0);
  });

  it('an answer after the personal deadline is stored too late and refused', async () => {
    // 0.02 minutes = 1.2 s; the round's grace is 100 ms.
    const fx = await paperContest({ draw: [{ type: 'single', count: 2 }], minutes: 0.02 }, { graceMs: 100 });
    const paperUrl = `/api/rounds/${fx.roundId}/paper`;
    await staff.post(`${paperUrl}/open`);
    const zhang = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    const paper = (await zhang.client.post(paperUrl)).body;
    const [q1, q2] = paper.questions as ShownQuestion[];
    const inTime = await zhang.client.post(`${paperUrl}/answers`, { questionId: q1.id, answer: answerFor(q1, bank.find((q) => q.id === q1.id) as BankQuestion, true) });
    expect(inTime.status).toBe(202);
    await new Promise((r) => setTimeout(r, Date.parse(paper.deadline) - Date.parse(paper.serverTime) + 400));
    const late = await zhang.client.post(`${paperUrl}/answers`, { questionId: q2.id, answer: answerFor(q2, bank.find((q) => q.id === q2.id) as BankQuestion, true), clientKey: 'late-1' });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/Too late/);
    expect(late.body.submissionId).toBeDefined();
    expect((await zhang.client.get(`/api/submissions/${late.body.submissionId}`)).body).toMatchObject({ status: 'too_late', score: null });
    // Only the in-time answer scores.
    const points = (bank.find((q) => q.id === q1.id) as BankQuestion).points;
    await eventually(async () => (scoresOf(await boardAs(staff, fx.contestId))['城东支行'] === points ? true : null), 10000, 'late answer not scored');
  });
});
