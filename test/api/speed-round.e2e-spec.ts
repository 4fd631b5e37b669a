import { ApiClient, eventually } from '../support/api-client';
import { aContest, join } from '../support/builders';
import { boardAs, graded, scoresOf } from '../support/live-helpers';
import { useTestApp } from '../support/test-app';

describe('速答 speed round', () => {
  let api: ApiClient;
  let staff: ApiClient;

  useTestApp((app) => ({ api, admin: staff } = app));

  /** The staff board at once (computed fresh); the public one once the graded message dropped its snapshot. */
  async function boardsShow(contestId: string, expected: Record<string, number>): Promise<void> {
    expect(scoresOf(await boardAs(staff, contestId))).toEqual(expected);
    const same = (scores: Record<string, number>) => Object.keys(expected).every((team) => scores[team] === expected[team]);
    await eventually(async () => same(scoresOf(await boardAs(api, contestId))), 5000, 'the public board');
  }

  it('every team answers; right answers earn by their place of arrival, a wrong one 0; a rejudge replays the order', async () => {
    const fx = await aContest(staff, { kind: 'speed', teams: ['城东', '城西', '城北'] });
    const [q1] = fx.questions; // single choice, key C, 10 points
    const round = (await staff.get(`/api/contests/${fx.contestId}`)).body.rounds[0];
    expect(round).toMatchObject({ kind: 'speed', settings: { speedTiers: [1, 0.8, 0.6, 0.4] } });
    const [east, west, north] = await Promise.all(fx.teams.map((team, i) => join(api, fx.contestId, team.joinCode, `选手${i}`)));
    expect((await staff.post(`/api/rounds/${fx.roundId}/questions/${q1.id}/open`)).status).toBe(200);
    expect((await east.client.get(`/api/contests/${fx.contestId}/live`)).body.round).toMatchObject({ kind: 'speed' });

    // One after the other (each graded before the next is sent), so their receive times differ.
    const submit = async (team: typeof east, answer: string) => {
      const res = await team.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer });
      expect(res.status).toBe(202);
      await graded(team.client, res.body.id);
      return res.body.id as string;
    };
    const firstRight = await submit(east, 'C');
    const wrong = await submit(west, 'D');
    const secondRight = await submit(north, 'C');
    // A team answers once.
    expect((await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: q1.id, answer: 'C' })).status).toBe(409);

    await boardsShow(fx.contestId, { 城东: 10, 城西: 0, 城北: 8 });
    expect((await east.client.get(`/api/submissions/${firstRight}`)).body).toMatchObject({ correct: true, points: 10 });
    expect((await west.client.get(`/api/submissions/${wrong}`)).body).toMatchObject({ correct: false, points: 0 });
    expect((await north.client.get(`/api/submissions/${secondRight}`)).body).toMatchObject({ correct: true, points: 8 });

    // The key fixed to D: 城西 is now the only right answer and the first; the board is a replay.
    const fixed = await staff.post(`/api/contests/${fx.contestId}/questions/${q1.id}/rejudge`, { question: { answer: 'D' }, dryRun: false });
    expect(fixed.status).toBe(200);
    await boardsShow(fx.contestId, { 城东: 0, 城西: 10, 城北: 0 });
    expect((await west.client.get(`/api/submissions/${wrong}`)).body).toMatchObject({ correct: true, points: 10 });
  });

  it('keeps the tiers given and refuses tiers outside 0..1 or an empty list with a 400 in both languages', async () => {
    const fx = await aContest(staff, { kind: 'speed', settings: { speedTiers: [1, 0.5] } });
    expect((await staff.get(`/api/contests/${fx.contestId}`)).body.rounds[0].settings.speedTiers).toEqual([1, 0.5]);
    for (const speedTiers of [[], [1.5], [1, -0.1], ['a'], 0.5]) {
      const bad = await staff.post(`/api/contests/${fx.contestId}/rounds`, { title: '速答', kind: 'speed', questionIds: [fx.questions[0].id], secondsPerQuestion: 30, settings: { speedTiers } });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/速答档位.*speedTiers/);
    }
  });
});
