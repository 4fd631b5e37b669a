import { io, type Socket } from 'socket.io-client';
import { LeaderboardService } from '../../apps/api/src/leaderboard/leaderboard.service';
import { LiveService } from '../../apps/api/src/live/live.service';
import { ApiClient, eventually } from '../support/api-client';
import { aContest, signInAdmin } from '../support/builders';
import { startTestApp, useTestApp, type TestApp } from '../support/test-app';

/**
 * Anonymous big screens: 500 of them connect and poll, and the database work stays that of one
 * (the live view and the public board are computed once per change); too many sockets from one
 * address are refused.
 */
describe('many anonymous screens', () => {
  let t: TestApp;
  const sockets: Socket[] = [];

  useTestApp((app) => ({ t } = app), { SOCKETS_PER_ADDRESS: '600' });
  afterAll(() => {
    for (const s of sockets) s.close();
  });

  it('500 screens connect and poll: the live view and the public board are computed a handful of times, not 500', async () => {
    const api = new ApiClient(t.baseUrl);
    const staff = await signInAdmin(api);
    const fx = await aContest(staff, { teams: ['一所', '二所'] });
    const views = jest.spyOn(t.app.get(LiveService), 'view');
    const boards = jest.spyOn(t.app.get(LeaderboardService), 'compute');

    const snapshots = new Array<number>(500).fill(0);
    for (let i = 0; i < 500; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, k) => {
          const socket = io(`${t.baseUrl}/live`, { auth: { contestId: fx.contestId }, transports: ['websocket'], forceNew: true, reconnection: false });
          sockets.push(socket);
          return new Promise<void>((resolve) => socket.on('leaderboard', () => resolve(void (snapshots[i + k] = 1))));
        }),
      );
    }
    await Promise.all(Array.from({ length: 200 }, () => api.get(`/api/contests/${fx.contestId}/leaderboard`)));
    await Promise.all(Array.from({ length: 200 }, () => api.get(`/api/contests/${fx.contestId}/live`)));
    expect(snapshots.every(Boolean)).toBe(true);
    console.log(`500 screens + 400 polls: live view computed ${views.mock.calls.length}×, board ${boards.mock.calls.length}×`);
    expect(views.mock.calls.length).toBeLessThanOrEqual(3);
    expect(boards.mock.calls.length).toBeLessThanOrEqual(3);

    // A change is computed once more and reaches every screen.
    await staff.post(`/api/rounds/${fx.roundId}/questions/${fx.questions[0].id}/open`);
    await eventually(async () => views.mock.calls.length > 0, 5000, 'the view after a change');
    expect(views.mock.calls.length).toBeLessThanOrEqual(6);
  });

  it('refuses sockets beyond SOCKETS_PER_ADDRESS from one address', async () => {
    const small = await startTestApp({ SOCKETS_PER_ADDRESS: '5' });
    const mine: Socket[] = [];
    try {
      const staff = await signInAdmin(new ApiClient(small.baseUrl));
      const contest = await staff.post('/api/contests', { title: '限连' });
      const outcomes = await Promise.all(
        Array.from({ length: 7 }, () => {
          const socket = io(`${small.baseUrl}/live`, { auth: { contestId: contest.body.id }, transports: ['websocket'], forceNew: true, reconnection: false });
          mine.push(socket);
          return new Promise<string>((resolve) => {
            socket.on('leaderboard', () => resolve('ok'));
            socket.on('connect_error', (error: Error) => resolve(error.message));
          });
        }),
      );
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(5);
      expect(outcomes.filter((o) => /Too many connections/.test(o))).toHaveLength(2);
    } finally {
      for (const s of mine) s.close();
      await small.close();
    }
  });
});
