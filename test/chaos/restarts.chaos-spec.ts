import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { ApiClient, eventually } from '../support/api-client';
import { aContest, join, signInAdmin } from '../support/builders';
import { pipelineState, recomputeTotals } from '../support/pipeline-checks';
import { freePort, killHard, ScratchRedis, startApi, startWorker } from '../support/processes';

const TEAMS = 10;
const PLAYERS = 600;
const CONCURRENCY = 30;

/**
 * Each test: its own redis-server, an api process and a worker process on one SQLite file. During a
 * burst of answers something is broken; clients retry what failed with the same clientKey (as the
 * contestant page does). In the end every accepted answer is graded exactly once and the board adds up.
 */
describe('restarts during a burst of answers', () => {
  let redis: ScratchRedis;
  let dir: string;
  let env: Record<string, string>;
  const processes: ChildProcess[] = [];

  beforeEach(async () => {
    redis = await ScratchRedis.start();
    dir = mkdtempSync(path.join(tmpdir(), 'jingsai-chaos-'));
    env = {
      PORT: String(await freePort()), DB_PATH: path.join(dir, 'jingsai.sqlite'), REDIS_URL: redis.url, QUEUE_PREFIX: 'chaos', WORKER_IN_PROCESS: 'false',
      SEED_DEMO: 'false', LOG_LEVEL: 'error', ADMIN_PASSWORD: 'admin-password', JWT_SECRET: 'chaos-secret-of-enough-length', SWEEP_AFTER_MS: '1500', RATE_LIMIT_PER_IP: '0',
    };
  });
  afterEach(async () => {
    await Promise.all(processes.splice(0).map(killHard));
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function scenario(breakIt: (ctx: { restartApi: () => Promise<void> }) => Promise<void>) {
    let api = await startApi(env);
    processes.push(api, await startWorker(env));
    const client = new ApiClient(`http://127.0.0.1:${env.PORT}`);
    const staff = await signInAdmin(client);
    const fx = await aContest(staff, { teams: Array.from({ length: TEAMS }, (_, i) => `第${i + 1}支行`), kind: 'written', types: ['single'], secondsPerQuestion: 600, baseScore: 100, memberCap: PLAYERS });
    const question = fx.questions[0];
    await staff.post(`/api/rounds/${fx.roundId}/questions/${question.id}/open`);
    const players: Awaited<ReturnType<typeof join>>[] = [];
    for (let i = 0; i < PLAYERS; i += CONCURRENCY) {
      players.push(...(await Promise.all(Array.from({ length: CONCURRENCY }, (_, k) => join(client, fx.contestId, fx.teams[(i + k) % TEAMS].joinCode, `柜员${i + k}`)))));
    }
    const restartApi = async () => {
      await killHard(api);
      api = await startApi(env);
      processes.push(api);
    };

    // Every contestant answers once; a failed request (connection refused, 5xx) is retried with the same key.
    const ids = new Map<number, string>();
    let breaking: Promise<void> | null = null;
    const submit = async (i: number) => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const res = await players[i].client
          .post(`/api/contests/${fx.contestId}/submissions`, { questionId: question.id, answer: i % 4 === 0 ? 'A' : 'C', clientKey: `c${i}` })
          .catch(() => null);
        if (res?.status === 202) return ids.set(i, res.body.id);
        if (res && res.status < 500) throw new Error(`answer ${i} refused: ${res.status} ${JSON.stringify(res.body)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`answer ${i} never accepted`);
    };
    for (let i = 0; i < PLAYERS; i += CONCURRENCY) {
      await Promise.all(Array.from({ length: CONCURRENCY }, (_, k) => submit(i + k)));
      // Broken while the next batches are in flight, not between them.
      if (!breaking && i >= PLAYERS / 3) breaking = breakIt({ restartApi });
    }
    await breaking;
    // A retry after a restart returns the submission accepted before it, never a second one.
    const again = await players[0].client.post(`/api/contests/${fx.contestId}/submissions`, { questionId: question.id, answer: 'A', clientKey: 'c0' });
    expect(again.body.id).toBe(ids.get(0));

    const db = new DataSource(dataSourceOptions(loadConfig(env)));
    await db.initialize();
    try {
      const final = await eventually(async () => {
        const state = await pipelineState(db, fx.contestId);
        return state.pending === 0 ? state : null;
      }, 120000, 'every answer graded');
      expect(final).toEqual({ total: PLAYERS, pending: 0, graded: PLAYERS, ungraded: 0, gradedTwice: 0 });
      expect(new Set(ids.values()).size).toBe(PLAYERS);
      const totals = await recomputeTotals(db, fx.contestId, 100);
      const board = (await staff.get(`/api/contests/${fx.contestId}/leaderboard`)).body;
      for (const row of board.rows) expect(row.score).toBe(totals.get(row.teamId));
      expect(board.rows.reduce((a: number, r: { score: number }) => a + r.score, 0)).toBe(TEAMS * 100 + (PLAYERS - PLAYERS / 4) * 10);
    } finally {
      await db.destroy();
    }
  }

  it('Redis restarted mid-burst: answers keep being accepted, nothing is lost', async () => {
    await scenario(async () => {
      await redis.restart(); // an empty Redis comes back: every queued job is gone
    });
  });

  it('the api killed -9 and restarted mid-burst: retried answers are not counted twice', async () => {
    await scenario(async ({ restartApi }) => {
      await restartApi();
    });
  });
});
