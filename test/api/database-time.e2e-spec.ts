import { Clock } from '../../apps/api/src/common/clock';
import { DatabaseTime } from '../../apps/api/src/database/database-time';
import type { ApiClient } from '../support/api-client';
import { aContest, join } from '../support/builders';
import { graded } from '../support/live-helpers';
import { useTestApp, type TestApp } from '../support/test-app';

/** A node whose machine clock is off by `skewMs` (the test changes it as NTP would step it). */
class SkewedClock extends Clock {
  constructor(public skewMs: number) {
    super();
  }

  override systemNow(): number {
    return Date.now() + this.skewMs;
  }
}

/**
 * Several api nodes and workers on different machines time answers by the database server's clock, not their
 * own: a node whose machine clock is 7 s slow gives no extra seconds and stamps answers at the true time.
 */
describe("a node on the database's time", () => {
  let t: TestApp;
  let api: ApiClient;
  let staff: ApiClient;
  const clock = new SkewedClock(-7_000);
  const near = (iso: string, expectedMs: number, toleranceMs: number) => expect(Math.abs(new Date(iso).getTime() - expectedMs)).toBeLessThan(toleranceMs);

  useTestApp((app) => ({ t, api, admin: staff } = app), {}, { clock });

  it('measures how far its machine clock is off and times deadlines, serverTime and answers by the database', async () => {
    expect(Math.abs(t.app.get(Clock).offsetMs - 7_000)).toBeLessThan(250);

    const fx = await aContest(staff, { secondsPerQuestion: 30 });
    const opened = await staff.post(`/api/rounds/${fx.roundId}/questions/${fx.questions[0].id}/open`);
    expect(opened.status).toBe(200);
    // 30 s from now on the shared clock, not 23 s (the machine's clock is 7 s behind).
    near(opened.body.deadline, Date.now() + 30_000, 1_000);
    const east = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    near((await east.client.get(`/api/contests/${fx.contestId}/live`)).body.serverTime, Date.now(), 1_000);

    const sent = await east.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: fx.questions[0].id, answer: 'C' });
    expect(sent.status).toBe(202);
    near((await graded(east.client, sent.body.id)).receivedAt, Date.now(), 2_000);
  });

  it('follows the machine clock when it is stepped while the node runs (measured again every minute)', async () => {
    clock.skewMs = 4_000;
    await t.app.get(DatabaseTime).measure();
    expect(Math.abs(t.app.get(Clock).offsetMs + 4_000)).toBeLessThan(250);
    near(t.app.get(Clock).now().toISOString(), Date.now(), 250);
  });
});
