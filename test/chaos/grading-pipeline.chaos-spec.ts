import type { ChildProcess } from 'node:child_process';
import { DataSource } from 'typeorm';
import { ApiClient, eventually } from '../support/api-client';
import { aContest, join, signInAdmin } from '../support/builders';
import { pipelineState, recomputeTotals, serviceBoard } from '../support/pipeline-checks';
import { killHard, ScratchRedis, startWorker } from '../support/processes';
import { startTestApp, type TestApp } from '../support/test-app';

const TEAMS = 20;
const PER_TEAM = 100; // 2,000 answers
const CONCURRENCY = 40;

describe('the grading pipeline loses nothing and counts nothing twice', () => {
  let redis: ScratchRedis;
  let t: TestApp;
  let workers: ChildProcess[] = [];

  beforeAll(async () => {
    redis = await ScratchRedis.start();
    t = await startTestApp({ REDIS_URL: redis.url, WORKER_IN_PROCESS: 'false', SWEEP_AFTER_MS: '1500', RATE_LIMIT_PER_IP: '0' });
  });
  afterAll(async () => {
    await Promise.all(workers.map(killHard));
    await t?.close();
    await redis?.stop();
  });

  it('2,000 answers, a worker killed with -9 halfway and Redis flushed once: all graded exactly once', async () => {
    const api = new ApiClient(t.baseUrl);
    const staff = await signInAdmin(api);
    const teams = Array.from({ length: TEAMS }, (_, i) => `第${i + 1}供电所`);
    const fx = await aContest(staff, { teams, kind: 'written', types: ['single'], secondsPerQuestion: 600, baseScore: 100, memberCap: PER_TEAM });
    const question = fx.questions[0];
    await staff.post(`/api/rounds/${fx.roundId}/questions/${question.id}/open`);

    const players = [];
    for (let i = 0; i < TEAMS * PER_TEAM; i += CONCURRENCY) {
      players.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(CONCURRENCY, TEAMS * PER_TEAM - i) }, (_, k) => join(api, fx.contestId, fx.teams[(i + k) % TEAMS].joinCode, `选手${i + k}`)),
        )),
      );
    }

    workers.push(await startWorker(t.env));
    let accepted = 0;
    let killed = false;
    let flushed = false;
    for (let i = 0; i < players.length; i += CONCURRENCY) {
      const batch = players.slice(i, i + CONCURRENCY);
      const results = await Promise.all(
        batch.map((p, k) => p.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: question.id, answer: (i + k) % 3 === 0 ? 'A' : 'C', clientKey: `k${i + k}` })),
      );
      accepted += results.filter((r) => r.status === 202).length;
      if (!killed && accepted >= players.length / 2) {
        await killHard(workers[0]); // mid-burst: jobs in flight die with it
        killed = true;
      }
      if (killed && !flushed && accepted >= (players.length * 3) / 4) {
        await redis.flushAll(); // every queued job is gone
        flushed = true;
        workers.push(await startWorker(t.env));
      }
    }
    expect(accepted).toBe(players.length);
    expect(killed && flushed).toBe(true);

    const db = t.app.get(DataSource);
    const final = await eventually(
      async () => {
        const state = await pipelineState(db, fx.contestId);
        return state.pending === 0 ? state : null;
      },
      120000,
      'every submission graded',
    );
    expect(final).toEqual({ total: players.length, pending: 0, graded: players.length, ungraded: 0, gradedTwice: 0 });

    const totals = await recomputeTotals(db, fx.contestId, 100);
    const board = (await staff.get(`/api/contests/${fx.contestId}/leaderboard`)).body;
    expect(board.rows).toHaveLength(TEAMS);
    for (const row of board.rows) expect(row.score).toBe(totals.get(row.teamId));
    expect(board.rows).toEqual((await serviceBoard(db, fx.contestId)).rows);
    // 2 of 3 answers are right (C), 10 points each: the whole contest adds up.
    const sum = board.rows.reduce((acc: number, r: { score: number }) => acc + r.score, 0);
    expect(sum).toBe(TEAMS * 100 + players.filter((_, i) => i % 3 !== 0).length * 10);
  });
});
