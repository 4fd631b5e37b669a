import { io, type Socket } from 'socket.io-client';
import { AuditRepository } from '../../apps/api/src/audit/audit.repository';
import { ApiClient, eventually } from '../support/api-client';
import { aContest, join } from '../support/builders';
import { boardAs, graded, scoresOf } from '../support/live-helpers';
import { useTestApp, type TestApp } from '../support/test-app';

describe('live control: adjustments, freeze and reveal, extend, question status, rate limit', () => {
  let t: TestApp;
  let api: ApiClient;
  let staff: ApiClient;

  useTestApp((app) => ({ t, api, admin: staff } = app));

  describe('adjustments', () => {
    it('needs a reason, is audited, moves the board and pushes it', async () => {
      const fx = await aContest(staff);
      const [east] = fx.teams;
      const screen: Socket = io(`${t.baseUrl}/live`, { auth: { contestId: fx.contestId }, transports: ['websocket'] });
      const boards: { rows: { teamName: string; score: number }[] }[] = [];
      screen.on('leaderboard', (b) => boards.push(b));
      await eventually(async () => boards.length > 0, 5000, 'snapshot');

      const url = `/api/contests/${fx.contestId}/adjustments`;
      const missing = await staff.post(url, { teamId: east.id, points: 5 });
      expect(missing.status).toBe(400);
      expect(missing.body.message).toMatch(/调整原因.*reason/);
      expect((await staff.post(url, { teamId: east.id, points: 5, reason: '   ' })).status).toBe(400);
      expect((await staff.post(url, { teamId: '00000000-0000-4000-8000-000000000000', points: 5, reason: 'x' })).status).toBe(404);

      const ok = await staff.post(url, { teamId: east.id, points: 5, reason: '现场表现加分' });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ teamId: east.id, points: 5, reason: '现场表现加分', before: 0, after: 5 });
      const minus = await staff.post(url, { teamId: east.id, points: -2.5, reason: '违规扣分' });
      expect(minus.body).toMatchObject({ before: 5, after: 2.5 });
      expect(scoresOf(await boardAs(api, fx.contestId))['城东供电所']).toBe(2.5);
      await eventually(async () => boards.find((b) => b.rows.find((r) => r.teamName === '城东供电所')?.score === 2.5), 5000, 'the adjusted board pushed');
      screen.close();

      const audit = await t.app.get(AuditRepository).list(fx.contestId);
      const entries = audit.filter((a) => a.action === 'score.adjust');
      expect(entries).toHaveLength(2);
      expect(entries[0]).toMatchObject({ reason: '现场表现加分', before: { score: 0 }, after: { score: 5, points: 5 }, entityId: ok.body.id });
      expect(entries[0].actorId).toBeTruthy();
    });
  });

  describe('freeze and reveal (封榜 / 揭晓)', () => {
    it('the public board hides answers after the freeze; managers see them; unfreeze reveals', async () => {
      const fx = await aContest(staff);
      const [q1] = fx.questions;
      const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
      const west = await join(api, fx.contestId, fx.teams[1].joinCode, '李四');
      await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
      const before = await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
      await graded(east.client, before.body.id);

      const frozen = await staff.post(`/api/contests/${fx.contestId}/freeze`, {});
      expect(frozen.status).toBe(200);
      expect(frozen.body).toMatchObject({ frozen: true, freeze: { mode: 'manual' } });

      const screen: Socket = io(`${t.baseUrl}/live`, { auth: { contestId: fx.contestId }, transports: ['websocket'] });
      const boards: { frozen: boolean; rows: { teamName: string; score: number }[] }[] = [];
      screen.on('leaderboard', (b) => boards.push(b));
      await eventually(async () => boards.length > 0, 5000, 'snapshot');
      expect(boards[0].frozen).toBe(true);

      const after = await west.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
      await graded(west.client, after.body.id);
      const publicBoard = await boardAs(api, fx.contestId);
      expect(publicBoard.frozen).toBe(true);
      expect(scoresOf(publicBoard)).toEqual({ 城东供电所: 10, 城西供电所: 0 });
      const contestantBoard = await boardAs(west.client, fx.contestId);
      expect(scoresOf(contestantBoard)['城西供电所']).toBe(0);
      const staffBoard = await boardAs(staff, fx.contestId);
      expect(staffBoard.frozen).toBe(false);
      expect(scoresOf(staffBoard)).toEqual({ 城东供电所: 10, 城西供电所: 10 });
      // Pushes to the public room stay frozen too.
      await new Promise((r) => setTimeout(r, 700));
      expect(boards.every((b) => b.frozen && b.rows.find((r) => r.teamName === '城西供电所')?.score === 0)).toBe(true);

      const reveal = await staff.post(`/api/contests/${fx.contestId}/unfreeze`);
      expect(reveal.status).toBe(200);
      expect(reveal.body).toMatchObject({ frozen: false, freeze: null });
      expect(scoresOf(await boardAs(api, fx.contestId))).toEqual({ 城东供电所: 10, 城西供电所: 10 });
      await eventually(async () => boards.find((b) => !b.frozen && b.rows.find((r) => r.teamName === '城西供电所')?.score === 10), 5000, 'the revealed board pushed');
      screen.close();
      expect((await staff.post(`/api/contests/${fx.contestId}/unfreeze`)).status).toBe(409);
    });

    it('freezes the last N minutes before endsAt', async () => {
      const fx = await aContest(staff);
      const url = `/api/contests/${fx.contestId}/freeze`;
      expect((await staff.post(url, { minutes: 5 })).status).toBe(400);
      const later = await staff.post(url, { minutes: 5, endsAt: new Date(Date.now() + 60 * 60_000).toISOString() });
      expect(later.body).toMatchObject({ frozen: false, freeze: { mode: 'lastMinutes', minutes: 5 } });
      expect((await boardAs(api, fx.contestId)).frozen).toBe(false);
      const now = await staff.post(url, { minutes: 5, endsAt: new Date(Date.now() + 2 * 60_000).toISOString() });
      expect(now.body.frozen).toBe(true);
      expect((await boardAs(api, fx.contestId)).frozen).toBe(true);
    });
  });

  describe('live control: extend and reveal', () => {
    it('extends the deadline, reveals the key only after close, and pushes question.revealed', async () => {
      const fx = await aContest(staff, { secondsPerQuestion: 30 });
      const [q1] = fx.questions; // answer C
      const base = `/api/rounds/${fx.roundId}/questions/${q1.id}`;
      const room: Socket = io(`${t.baseUrl}/live`, { auth: { contestId: fx.contestId }, transports: ['websocket'] });
      const revealed: { questionId: string; answer: unknown; version: number }[] = [];
      const extended: { deadline: string }[] = [];
      room.on('question.revealed', (e) => revealed.push(e));
      room.on('question.extended', (e) => extended.push(e));
      await eventually(async () => room.connected, 5000, 'socket connected');

      expect((await staff.post(`${base}/extend`, { seconds: 30 })).status).toBe(409); // not open yet
      const open = await staff.post(`${base}/open`);
      const ext = await staff.post(`${base}/extend`, { seconds: 45 });
      expect(ext.status).toBe(200);
      expect(Date.parse(ext.body.deadline) - Date.parse(open.body.deadline)).toBe(45_000);
      const live = await api.get(`/api/contests/${fx.contestId}/live`);
      expect(live.body.deadline).toBe(ext.body.deadline);
      expect(live.body.revealed).toBeNull();
      expect(live.body.question).not.toHaveProperty('answer');
      await eventually(async () => extended.find((e) => e.deadline === ext.body.deadline), 5000, 'question.extended');
      expect((await staff.post(`${base}/extend`, { seconds: 0 })).status).toBe(400);

      const tooSoon = await staff.post(`${base}/reveal`);
      expect(tooSoon.status).toBe(409);
      expect(tooSoon.body.message).toMatch(/Close the question/);
      expect(revealed).toHaveLength(0);

      await staff.post(`${base}/close`);
      const closedView = await api.get(`/api/contests/${fx.contestId}/live`);
      expect(closedView.body.revealed).toBeNull();
      const reveal = await staff.post(`${base}/reveal`);
      expect(reveal.status).toBe(200);
      expect(reveal.body).toMatchObject({ questionId: q1.id, type: 'single', answer: 'C' });
      expect(reveal.body).toHaveProperty('explanation');
      await eventually(async () => revealed.find((e) => e.questionId === q1.id && e.answer === 'C'), 5000, 'question.revealed');
      const after = await api.get(`/api/contests/${fx.contestId}/live`);
      expect(after.body.revealed).toMatchObject({ questionId: q1.id, answer: 'C' });
      room.close();
    });
  });

  describe('question status (console)', () => {
    it('lists who answered, who is waiting, the buzz order and stakes; never answers; staff only', async () => {
      const fx = await aContest(staff, { kind: 'required', teams: ['城东', '城西', '城北'] });
      const [q1] = fx.questions; // answer C
      const [east, west, north] = await Promise.all(fx.teams.map((team, i) => join(api, fx.contestId, team.joinCode, `选手${i}`)));
      const url = `/api/rounds/${fx.roundId}/questions/${q1.id}/status`;
      const pending = await staff.get(url);
      expect(pending.status).toBe(200);
      expect(pending.body).toMatchObject({ questionId: q1.id, status: 'pending', openedAt: null, answered: [], buzzOrder: [], stakes: [] });
      expect(pending.body.waiting.map((w: { teamName: string }) => w.teamName).sort()).toEqual(['城东', '城西', '城北'].sort());

      await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
      const a = await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
      const b = await west.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'A' });
      expect([a.status, b.status]).toEqual([202, 202]);
      const open = await staff.get(url);
      expect(open.body).toMatchObject({ status: 'open', waiting: [{ teamId: north.teamId, teamName: '城北' }] });
      expect(open.body.deadline).toEqual(expect.any(String));
      expect(open.body.answered).toHaveLength(2);
      expect(open.body.answered).toEqual(
        expect.arrayContaining([
          { teamId: east.teamId, teamName: '城东', contestants: 1, lastAt: expect.any(String) },
          { teamId: west.teamId, teamName: '城西', contestants: 1, lastAt: expect.any(String) },
        ]),
      );
      const text = JSON.stringify(open.body);
      expect(text).not.toMatch(/"answer"|"C"|"A"|国家电网/);

      expect((await east.client.get(url)).status).toBe(403);
      expect((await api.get(url)).status).toBe(401);
      expect((await staff.get(`/api/rounds/${fx.roundId}/questions/00000000-0000-4000-8000-000000000000/status`)).status).toBe(404);

      // Buzzer: one false start before open, one valid buzz after.
      const bz = await aContest(staff, { kind: 'buzzer' });
      const [b1] = bz.questions;
      const [e2, w2] = await Promise.all(bz.teams.map((team, i) => join(api, bz.contestId, team.joinCode, `选手${i}`)));
      await w2.client.post(`/api/contests/${bz.contestId}/buzz`, { questionId: b1.id });
      await staff.post(`/api/rounds/${bz.roundId}/questions/${b1.id}/open`);
      await e2.client.post(`/api/contests/${bz.contestId}/buzz`, { questionId: b1.id });
      const buzzStatus = (await staff.get(`/api/rounds/${bz.roundId}/questions/${b1.id}/status`)).body;
      expect(buzzStatus.buzzOrder).toEqual([
        { teamId: e2.teamId, teamName: '城东供电所', rank: 1, at: expect.any(String), falseStart: false },
        { teamId: w2.teamId, teamName: '城西供电所', rank: null, at: expect.any(String), falseStart: true },
      ]);

      // Risk: the stakes placed before open.
      const rk = await aContest(staff, { kind: 'risk', settings: { stakes: [10, 20, 30] } });
      const [r1] = rk.questions;
      const e3 = await join(api, rk.contestId, rk.teams[0].joinCode, '张三');
      expect((await e3.client.post(`/api/contests/${rk.contestId}/stakes`, { questionId: r1.id, points: 20 })).status).toBe(200);
      const riskStatus = (await staff.get(`/api/rounds/${rk.roundId}/questions/${r1.id}/status`)).body;
      expect(riskStatus.stakes).toEqual([{ teamId: e3.teamId, teamName: '城东供电所', points: 20 }]);
    });
  });

  describe('rate limit', () => {
    it('answers 429 when a contestant floods submissions or buzzes', async () => {
      const fx = await aContest(staff, { kind: 'buzzer' });
      const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
      const flood = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          i % 2
            ? east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: fx.questions[0].id, answer: 'C' })
            : east.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: fx.questions[1].id }),
        ),
      );
      const limited = flood.filter((r) => r.status === 429);
      expect(limited.length).toBeGreaterThanOrEqual(10);
      expect(limited[0].body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED' });
      expect(limited[0].body.message).toMatch(/过于频繁.*Too many requests/);
      // Another contestant is not affected.
      const west = await join(api, fx.contestId, fx.teams[1].joinCode, '李四');
      const other = await west.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: fx.questions[1].id });
      expect(other.status).toBe(200);
      // The bucket refills.
      await new Promise((r) => setTimeout(r, 1100));
      const later = await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: fx.questions[0].id, answer: 'C' });
      expect(later.status).not.toBe(429);
    });
  });
});
