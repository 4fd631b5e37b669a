import { io, type Socket } from 'socket.io-client';
import { AuditRepository } from '../../apps/api/src/audit/audit.repository';
import { ApiClient, eventually } from '../support/api-client';
import { aContest, join } from '../support/builders';
import { boardAs, graded, scoresOf } from '../support/live-helpers';
import { useTestApp, type TestApp } from '../support/test-app';

describe('lifelines (智囊团), tie-break questions (加赛) and required rounds in turn', () => {
  let t: TestApp;
  let api: ApiClient;
  let staff: ApiClient;

  useTestApp((app) => ({ t, api, admin: staff } = app));

  describe('智囊团 think-tank lifelines', () => {
    it('POST /api/contests accepts lifelines; PATCH settings changes them (organizer only, validated, audited)', async () => {
      const created = await staff.post('/api/contests', { title: '带智囊团的竞赛', lifelines: { thinkTank: 3 } });
      expect(created.status).toBe(201);
      expect(created.body.settings).toEqual({ lifelines: { thinkTank: 3 } });
      const id = created.body.id;

      const patched = await staff.patch(`/api/contests/${id}/settings`, { lifelines: { thinkTank: 1 }, baseScore: 50 });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ baseScore: 50, settings: { lifelines: { thinkTank: 1 } } });
      expect((await staff.get(`/api/contests/${id}`)).body).toMatchObject({ baseScore: 50, settings: { lifelines: { thinkTank: 1 } } });

      expect((await staff.patch(`/api/contests/${id}/settings`, { lifelines: { thinkTank: -1 } })).status).toBe(400);
      expect((await staff.patch(`/api/contests/${id}/settings`, { lifelines: { thinkTank: 1.5 } })).status).toBe(400);
      const empty = await staff.patch(`/api/contests/${id}/settings`, {});
      expect(empty.status).toBe(400);
      expect(empty.body.message).toMatch(/没有要修改的设置 \/ Nothing to change/);

      const team = await staff.post(`/api/contests/${id}/teams`, { name: '城东供电所' });
      const player = await join(api, id, team.body.joinCode, '张三');
      expect((await player.client.patch(`/api/contests/${id}/settings`, { lifelines: { thinkTank: 9 } })).status).toBe(403);
      expect((await api.patch(`/api/contests/${id}/settings`, { lifelines: { thinkTank: 9 } })).status).toBe(401);

      const audit = (await t.app.get(AuditRepository).list(id)).filter((a) => a.action === 'contest.settings');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ before: { baseScore: 0, thinkTank: 3 }, after: { baseScore: 50, thinkTank: 1 } });
    });

    it('a team uses one only on the open question, once per question, at most N per contest; pushed, audited, counted', async () => {
      const fx = await aContest(staff, { types: ['single', 'truefalse'] }); // q1 C, q2 B, q3 ×
      const [q1, q2, q3] = fx.questions;
      expect((await staff.patch(`/api/contests/${fx.contestId}/settings`, { lifelines: { thinkTank: 2 } })).status).toBe(200);
      const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
      const eastMate = await join(api, fx.contestId, fx.teams[0].joinCode, '王五');
      const west = await join(api, fx.contestId, fx.teams[1].joinCode, '李四');
      const url = `/api/contests/${fx.contestId}/lifelines`;

      expect((await east.client.get(url)).body).toEqual({ thinkTank: { limit: 2, used: 0, remaining: 2 } });
      const early = await east.client.post(url, { kind: 'think-tank', questionId: q1.id });
      expect(early.status).toBe(409);
      expect(early.body.message).toMatch(/不在作答时间内.* \/ The question is not open/);

      const screen: Socket = io(`${t.baseUrl}/live`, { auth: { contestId: fx.contestId }, transports: ['websocket'] });
      const pushed: { teamId: string; teamName: string; questionId: string; kind: string; remaining: number; version: number }[] = [];
      screen.on('lifeline.used', (e) => pushed.push(e));
      await eventually(async () => screen.connected, 5000, 'socket connected');

      await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
      const notThisOne = await east.client.post(url, { kind: 'think-tank', questionId: q2.id });
      expect(notThisOne.status).toBe(409);
      const used = await east.client.post(url, { kind: 'think-tank', questionId: q1.id });
      expect(used.status).toBe(200);
      expect(used.body).toEqual({ kind: 'think-tank', questionId: q1.id, teamId: east.teamId, limit: 2, used: 1, remaining: 1 });
      await eventually(async () => pushed.length === 1, 5000, 'lifeline.used pushed');
      expect(pushed[0]).toMatchObject({ teamId: east.teamId, teamName: '城东供电所', questionId: q1.id, kind: 'think-tank', remaining: 1 });
      expect(pushed[0].version).toBeGreaterThan(0);

      // Once per question per team, whoever of the team asks.
      for (const again of [east, eastMate]) {
        const res = await again.client.post(url, { kind: 'think-tank', questionId: q1.id });
        expect(res.status).toBe(409);
        expect(res.body.message).toMatch(/本题已使用过智囊团 \/ .*already consulted/);
      }
      expect((await eastMate.client.get(url)).body.thinkTank).toEqual({ limit: 2, used: 1, remaining: 1 });

      await staff.post(`/api/rounds/${fx.roundId}/questions/${q2.id}/open`);
      expect((await eastMate.client.post(url, { kind: 'think-tank', questionId: q2.id })).body).toMatchObject({ used: 2, remaining: 0 });
      await staff.post(`/api/rounds/${fx.roundId}/questions/${q3.id}/open`);
      const exhausted = await east.client.post(url, { kind: 'think-tank', questionId: q3.id });
      expect(exhausted.status).toBe(409);
      expect(exhausted.body.message).toMatch(/智囊团次数已用完.* \/ No think-tank consultations left/);
      expect((await east.client.get(url)).body.thinkTank).toEqual({ limit: 2, used: 2, remaining: 0 });

      // The other team's count is its own.
      expect((await west.client.post(url, { kind: 'think-tank', questionId: q3.id })).body).toMatchObject({ teamId: west.teamId, remaining: 1 });

      // After close the question is no longer open for anyone.
      await staff.post(`/api/rounds/${fx.roundId}/questions/${q3.id}/close`);
      expect((await west.client.post(url, { kind: 'think-tank', questionId: q2.id })).status).toBe(409);
      await eventually(async () => pushed.length === 3, 5000, 'three pushes');
      screen.close();

      const audit = (await t.app.get(AuditRepository).list(fx.contestId)).filter((a) => a.action === 'lifeline.use');
      expect(audit).toHaveLength(3);
      expect(audit[0]).toMatchObject({ actorId: east.contestantId, after: { kind: 'think-tank', teamId: east.teamId, questionId: q1.id, seq: 1, remaining: 1 } });
    });

    it('refuses bad input, contests without lifelines, other contests and staff', async () => {
      const fx = await aContest(staff);
      const [q1] = fx.questions;
      const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
      const url = `/api/contests/${fx.contestId}/lifelines`;
      await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
      const none = await east.client.post(url, { kind: 'think-tank', questionId: q1.id });
      expect(none.status).toBe(409);
      expect(none.body.message).toMatch(/没有智囊团.* \/ .*no think-tank/);
      expect((await east.client.get(url)).body).toEqual({ thinkTank: { limit: 0, used: 0, remaining: 0 } });
      expect((await east.client.post(url, { kind: 'fifty-fifty', questionId: q1.id })).status).toBe(400);
      expect((await east.client.post(url, { kind: 'think-tank', questionId: 'nope' })).status).toBe(400);
      // Staff do not use lifelines; a contestant of another contest cannot either.
      expect((await staff.post(url, { kind: 'think-tank', questionId: q1.id })).status).toBe(403);
      expect((await staff.get(url)).status).toBe(403);
      const other = await aContest(staff);
      expect((await east.client.post(`/api/contests/${other.contestId}/lifelines`, { kind: 'think-tank', questionId: q1.id })).status).toBe(403);
    });
  });

  describe('加赛 tie-break question', () => {
    it('lists podium ties; only the listed teams answer; tie-break points break the tie without adding to the score', async () => {
      const fx = await aContest(staff, { teams: ['城东供电所', '城西供电所', '城北供电所'] }); // q1 C, q2 B
      const [, q2] = fx.questions;
      const [eastTeam, westTeam, northTeam] = fx.teams;
      const east = await join(api, fx.contestId, eastTeam.joinCode, '张三');
      const west = await join(api, fx.contestId, westTeam.joinCode, '李四');
      const north = await join(api, fx.contestId, northTeam.joinCode, '赵六');

      // Equal points and no other tie-break key (no answers yet, only adjustments): a real tie for first.
      for (const team of [eastTeam, westTeam]) {
        expect((await staff.post(`/api/contests/${fx.contestId}/adjustments`, { teamId: team.id, points: 10, reason: '预赛成绩' })).status).toBe(201);
      }

      const ties = await staff.get(`/api/contests/${fx.contestId}/tie-breaks`);
      expect(ties.status).toBe(200);
      expect(ties.body.groups).toHaveLength(1);
      expect(ties.body.groups[0]).toMatchObject({ rank: 1, score: 10 });
      expect(ties.body.groups[0].teams.map((x: { teamName: string }) => x.teamName).sort()).toEqual(['城东供电所', '城西供电所']);
      expect((await east.client.get(`/api/contests/${fx.contestId}/tie-breaks`)).status).toBe(403);
      expect((await api.get(`/api/contests/${fx.contestId}/tie-breaks`)).status).toBe(401);

      const roundsUrl = `/api/contests/${fx.contestId}/rounds`;
      const base = { title: '加赛', kind: 'required', questionIds: [q2.id], secondsPerQuestion: 30 };
      const notTieBreak = await staff.post(roundsUrl, { ...base, settings: { tieBreakTeams: [eastTeam.id] } });
      expect(notTieBreak.status).toBe(400);
      const stranger = await staff.post(roundsUrl, { ...base, settings: { tieBreak: true, tieBreakTeams: ['00000000-0000-4000-8000-000000000000'] } });
      expect(stranger.status).toBe(400);
      expect(stranger.body.message).toMatch(/队伍不属于本竞赛 \/ Teams not in this contest/);
      expect((await east.client.post(roundsUrl, { ...base, settings: { tieBreak: true } })).status).toBe(403);
      const tb = await staff.post(roundsUrl, { ...base, settings: { tieBreak: true, tieBreakTeams: [eastTeam.id, westTeam.id] } });
      expect(tb.status).toBe(201);
      expect(tb.body.settings).toMatchObject({ tieBreak: true, tieBreakTeams: [eastTeam.id, westTeam.id] });

      await staff.post(`/api/rounds/${tb.body.id}/questions/${q2.id}/open`);
      const view = (await api.get(`/api/contests/${fx.contestId}/live`)).body;
      expect(view.tieBreak).toEqual({ teamIds: [eastTeam.id, westTeam.id] });
      const outsider = await north.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q2.id, answer: 'B' });
      expect(outsider.status).toBe(403);
      expect(outsider.body.message).toBe('不在加赛名单 / Not in the tie-break');
      const right = await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q2.id, answer: 'B' });
      const wrong = await west.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q2.id, answer: 'A' });
      expect([right.status, wrong.status]).toEqual([202, 202]);
      // Results of this round show when the question closes (the default): the team sees them then.
      expect((await east.client.get(`/api/submissions/${right.body.id}`)).body).toMatchObject({ status: 'submitted', correct: null, points: null });
      await graded(staff, right.body.id);
      await graded(staff, wrong.body.id);
      await staff.post(`/api/rounds/${tb.body.id}/questions/${q2.id}/close`);
      await graded(east.client, right.body.id);

      for (const viewer of [staff, api]) {
        const board = await boardAs(viewer, fx.contestId);
        expect(scoresOf(board)).toEqual({ 城东供电所: 10, 城西供电所: 10, 城北供电所: 0 });
        expect(board.rows.map((r) => [r.teamName, r.rank])).toEqual([['城东供电所', 1], ['城西供电所', 2], ['城北供电所', 3]]);
        const eastRow = (board.rows as unknown as { teamName: string; tieBreak: number; rounds: Record<string, number> }[]).find((r) => r.teamName === '城东供电所');
        expect(eastRow?.tieBreak).toBe(10);
        expect(eastRow?.rounds).toEqual({ [fx.roundId]: 0 });
      }
      expect((await staff.get(`/api/contests/${fx.contestId}/tie-breaks`)).body.groups).toEqual([]);
    });
  });

  describe('必答 in turn', () => {
    it('each question goes to one team (by default the next in turn); only it may answer; the live view names it', async () => {
      const fx = await aContest(staff, { settings: { assignment: 'in-turn' } }); // q1 C, q2 B
      const [q1, q2] = fx.questions;
      const [eastTeam, westTeam] = fx.teams;
      const east = await join(api, fx.contestId, eastTeam.joinCode, '张三');
      const west = await join(api, fx.contestId, westTeam.joinCode, '李四');
      expect((await staff.patch(`/api/contests/${fx.contestId}/settings`, { lifelines: { thinkTank: 1 } })).status).toBe(200);

      expect((await east.client.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`, {})).status).toBe(403);
      const stranger = await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`, { teamId: '00000000-0000-4000-8000-000000000000' });
      expect(stranger.status).toBe(422);
      expect((await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`, { teamId: 'x' })).status).toBe(400);

      // No team named: the first question goes to the first team.
      const opened = await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
      expect(opened.status).toBe(200);
      expect(opened.body.assignedTeamId).toBe(eastTeam.id);
      expect((await api.get(`/api/contests/${fx.contestId}/live`)).body.assignedTeam).toEqual({ id: eastTeam.id, name: '城东供电所' });
      const refused = await west.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe('本题由其他队作答 / This question is assigned to another team');
      const lifeline = await west.client.post(`/api/contests/${fx.contestId}/lifelines`, { kind: 'think-tank', questionId: q1.id });
      expect(lifeline.status).toBe(409);
      expect(lifeline.body.message).toMatch(/assigned to another team/);
      expect((await east.client.post(`/api/contests/${fx.contestId}/lifelines`, { kind: 'think-tank', questionId: q1.id })).status).toBe(200);
      const ok = await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
      expect(ok.status).toBe(202);
      await graded(east.client, ok.body.id);

      // The organizer names the team.
      const second = await staff.post(`/api/rounds/${fx.roundId}/questions/${q2.id}/open`, { teamId: westTeam.id });
      expect(second.body.assignedTeamId).toBe(westTeam.id);
      expect((await api.get(`/api/contests/${fx.contestId}/live`)).body.assignedTeam).toEqual({ id: westTeam.id, name: '城西供电所' });
      expect((await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q2.id, answer: 'B' })).status).toBe(409);
      const westOk = await west.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q2.id, answer: 'B' });
      expect(westOk.status).toBe(202);
      await graded(west.client, westOk.body.id);
      expect(scoresOf(await boardAs(staff, fx.contestId))).toEqual({ 城东供电所: 10, 城西供电所: 10 });

      const details = (await staff.get(`/api/contests/${fx.contestId}`)).body;
      expect(details.rounds[0].settings.assignment).toBe('in-turn');
      expect(details.rounds[0].questions.map((q: { assignedTeamId: string | null }) => q.assignedTeamId)).toEqual([eastTeam.id, westTeam.id]);
    });

    it('a round every team answers takes no team, and its live view names none', async () => {
      const fx = await aContest(staff);
      const [q1] = fx.questions;
      const named = await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`, { teamId: fx.teams[0].id });
      expect(named.status).toBe(422);
      expect(named.body.message).toMatch(/不是轮流作答.* \/ .*not answered in turn/);
      const opened = await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
      expect(opened.body.assignedTeamId).toBeNull();
      const view = (await api.get(`/api/contests/${fx.contestId}/live`)).body;
      expect(view).toMatchObject({ phase: 'open', assignedTeam: null, tieBreak: null });
      const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
      const west = await join(api, fx.contestId, fx.teams[1].joinCode, '李四');
      expect((await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' })).status).toBe(202);
      expect((await west.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' })).status).toBe(202);
    });
  });
});
