import { ApiClient } from '../support/api-client';
import { aContest, join } from '../support/builders';
import { boardAs, graded, scoresOf } from '../support/live-helpers';
import { useTestApp } from '../support/test-app';

describe('the live contest: buzzer and risk rounds', () => {
  let api: ApiClient;
  let staff: ApiClient;

  useTestApp((app) => ({ api, admin: staff } = app));

  describe('抢答 buzzer round', () => {
    it('orders buzzes by server time; the second team answers only after the first is wrong (passOnWrong)', async () => {
      const fx = await aContest(staff, { kind: 'buzzer', settings: { passOnWrong: true, wrongPenalty: 5, falseStartPenalty: 3 } });
      const [q1] = fx.questions; // answer C, 10 points
      const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
      const west = await join(api, fx.contestId, fx.teams[1].joinCode, '李四');
      expect((await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`)).status).toBe(200);

      const first = await east.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q1.id });
      const second = await west.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q1.id });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ granted: true, teamId: east.teamId, rank: 1, falseStart: false });
      expect(second.body).toMatchObject({ granted: false, teamId: west.teamId, rank: 2, falseStart: false });
      expect(Date.parse(second.body.at)).toBeGreaterThanOrEqual(Date.parse(first.body.at));
      expect(second.body.seq).toBeGreaterThan(first.body.seq);

      // Once per team per question: buzzing again (a retry, a second tap) answers with the first buzz.
      const again = await east.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q1.id });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ granted: true, rank: 1, seq: first.body.seq, repeat: true });

      // West cannot answer while east holds the right.
      const early = await west.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
      expect(early.status).toBe(409);
      expect(early.body.message).toMatch(/没有答题权 \/ .*right to answer/);
      expect(early.body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'NOT_YOUR_TURN' });

      const wrong = await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'A' });
      expect(wrong.status).toBe(202);
      expect(await graded(east.client, wrong.body.id)).toMatchObject({ correct: false });

      // The right passed down the buzz order; east is out.
      const right = await west.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
      expect(right.status).toBe(202);
      expect(await graded(west.client, right.body.id)).toMatchObject({ correct: true, score: 10 });
      const board = await boardAs(staff, fx.contestId);
      expect(scoresOf(board)).toEqual({ 城东供电所: -5, 城西供电所: 10 });
    });

    it('a concurrent race: every team gets one distinct place, in order of arrival at the database, and only the first holds the right', async () => {
      const fx = await aContest(staff, { kind: 'buzzer', teams: ['一所', '二所', '三所', '四所'] });
      const [q1] = fx.questions;
      const players = await Promise.all(fx.teams.map((team, i) => join(api, fx.contestId, team.joinCode, `选手${i}`)));
      await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
      const results = await Promise.all(players.map((p) => p.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q1.id })));
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      const byRank = results.map((r) => r.body).sort((a, b) => a.rank - b.rank);
      expect(byRank.map((b) => b.rank)).toEqual([1, 2, 3, 4]);
      expect(byRank.filter((b) => b.granted).map((b) => b.rank)).toEqual([1]);
      expect(byRank.map((b) => b.seq)).toEqual([1, 2, 3, 4]);
      // Only the rank-1 team may answer.
      const holder = players.find((p) => p.teamId === byRank[0].teamId)!;
      const loser = players.find((p) => p.teamId === byRank[1].teamId)!;
      expect((await loser.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' })).status).toBe(409);
      expect((await holder.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' })).status).toBe(202);
    });

    it('a buzz before open is a false start: locked out of the question, penalty on the board', async () => {
      const fx = await aContest(staff, { kind: 'buzzer', settings: { falseStartPenalty: 3 } });
      const [, q2] = fx.questions; // answer B
      const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
      const west = await join(api, fx.contestId, fx.teams[1].joinCode, '李四');

      const jump = await east.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q2.id });
      expect(jump.status).toBe(200);
      expect(jump.body).toMatchObject({ granted: false, falseStart: true, rank: null, teamId: east.teamId });

      await staff.post(`/api/rounds/${fx.roundId}/questions/${q2.id}/open`);
      const rebuzz = await east.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q2.id });
      expect(rebuzz.body).toMatchObject({ falseStart: true, granted: false, rank: null, repeat: true });
      const westBuzz = await west.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: q2.id });
      expect(westBuzz.body).toMatchObject({ granted: true, rank: 1 });

      const locked = await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q2.id, answer: 'B' });
      expect(locked.status).toBe(409);
      expect(locked.body.message).toMatch(/抢答犯规.*False start/);
      expect(locked.body.code).toBe('FALSE_START_LOCKED_OUT');
      expect(scoresOf(await boardAs(api, fx.contestId))).toEqual({ 城东供电所: -3, 城西供电所: 0 });
    });

    it('refuses buzzes outside buzzer rounds and on unknown questions', async () => {
      const fx = await aContest(staff, { kind: 'required' });
      const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
      const notBuzzer = await east.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: fx.questions[0].id });
      expect(notBuzzer.status).toBe(422);
      expect(notBuzzer.body.code).toBe('ROUND_NOT_BUZZER');
      const unknown = await east.client.post(`/api/contests/${fx.contestId}/buzz`, { questionId: '00000000-0000-4000-8000-000000000000' });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'QUESTION_NOT_FOUND', message: '题目不存在 / Question not found' });
    });
  });

  describe('风险 risk round', () => {
    it('a risk round made without tiers takes the usual 10/20/30', async () => {
      const fx = await aContest(staff, { kind: 'risk', teams: ['城东'] });
      const round = (await staff.get(`/api/contests/${fx.contestId}`)).body.rounds[0];
      expect(round.settings.stakes).toEqual([10, 20, 30]);
      const east = await join(api, fx.contestId, fx.teams[0].joinCode, '选手');
      expect((await east.client.post(`/api/contests/${fx.contestId}/stakes`, { questionId: fx.questions[0].id, points: 20 })).body).toMatchObject({ points: 20 });
      const bad = await staff.post(`/api/contests/${fx.contestId}/rounds`, { title: '风险', kind: 'risk', questionIds: [fx.questions[0].id], secondsPerQuestion: 30, settings: { stakes: [10, -5] } });
      expect(bad.status).toBe(400);
    });

    it('stakes before open: right adds, wrong subtracts, no stake no answer, a used tier is refused', async () => {
      const fx = await aContest(staff, { kind: 'risk', teams: ['城东', '城西', '城北'], settings: { stakes: [10, 20, 30], stakeOncePerTeam: true } });
      const [q1, q2] = fx.questions; // C, B
      const [east, west, north] = await Promise.all(fx.teams.map((team, i) => join(api, fx.contestId, team.joinCode, `选手${i}`)));
      const url = `/api/contests/${fx.contestId}/stakes`;
      // The live view names the next question (never its text) and the round's tiers, so phones can offer a stake.
      const waiting = (await east.client.get(`/api/contests/${fx.contestId}/live`)).body;
      expect(waiting.next).toEqual({ questionId: q1.id, roundId: fx.roundId, roundKind: 'risk', stakes: [10, 20, 30] });
      expect(JSON.stringify(waiting)).not.toContain('国家电网公司承诺');

      const badTier = await east.client.post(url, { questionId: q1.id, points: 25 });
      expect(badTier.status).toBe(422);
      expect(badTier.body.message).toMatch(/档位.*tiers/);
      expect((await east.client.post(url, { questionId: q1.id, points: 30 })).body).toEqual({ questionId: q1.id, teamId: east.teamId, points: 30 });
      // A team may change its mind before the question opens.
      expect((await east.client.post(url, { questionId: q1.id, points: 20 })).status).toBe(200);
      expect((await west.client.post(url, { questionId: q1.id, points: 30 })).status).toBe(200);

      await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`);
      const afterOpen = await north.client.post(url, { questionId: q1.id, points: 10 });
      expect(afterOpen.status).toBe(409);
      expect(afterOpen.body.message).toMatch(/题目已开始.*opened/);
      const noStake = await north.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
      expect(noStake.status).toBe(409);
      expect(noStake.body.message).toMatch(/风险分值.*stake/);

      const right = await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' });
      const wrong = await west.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'D' });
      expect([right.status, wrong.status]).toEqual([202, 202]);
      await graded(east.client, right.body.id);
      await graded(west.client, wrong.body.id);
      expect(scoresOf(await boardAs(api, fx.contestId))).toEqual({ 城东: 20, 城西: -30, 城北: 0 });

      // Each tier once per team in the round.
      const reused = await east.client.post(url, { questionId: q2.id, points: 20 });
      expect(reused.status).toBe(409);
      expect(reused.body.message).toMatch(/已用过.*already used/);
      expect((await east.client.post(url, { questionId: q2.id, points: 10 })).status).toBe(200);
    });
  });
});
