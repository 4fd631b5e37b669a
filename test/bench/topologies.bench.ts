/**
 * npm run bench -- --cluster [--contestants N]
 *
 * The same burst against three topologies, one after the other in one run: one api node on SQLite,
 * one on PostgreSQL, and two on PostgreSQL behind the nginx that ships (docker/nginx). Each: N
 * contestants answer one question at once over HTTP while a big screen watches the board. On this
 * 2-core machine two nodes need not be faster (the load generator, nodes, workers, PostgreSQL and
 * Redis share the cores); they must not be wrong: lost and doubleCounted stay 0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { io, type Socket } from 'socket.io-client';
import { startCluster } from '../support/cluster';
import { freePort, killHard, ScratchRedis, startApi, startWorker } from '../support/processes';
import { POSTGRES_URL } from '../support/test-app';
import { agent, percentile, pool, request, round1, sleep } from './bench-kit';

interface BurstFigures {
  acceptedPerSec: number;
  ackP99Ms: number;
  pushP99Ms: number;
  lost: number;
  doubleCounted: number;
}

const BASE_ENV = {
  QUEUE_PREFIX: 'bench',
  WORKER_IN_PROCESS: 'false',
  SEED_DEMO: 'false',
  LOG_LEVEL: 'warn',
  ADMIN_PASSWORD: 'bench-password',
  JWT_SECRET: 'bench-secret-of-enough-length',
  RATE_LIMIT_PER_IP: '0',
  SOCKETS_PER_ADDRESS: '0',
};

/** One burst through `port` (a node or nginx): answers acknowledged, then graded, then on the screen. */
async function burst(port: number, contestants: number, log: (s: string) => void): Promise<BurstFigures> {
  const teams = Math.max(1, Math.round(contestants / 20));
  const staff = (await request(port, 'POST', '/api/auth/login', { username: 'admin', password: 'bench-password' })).body.accessToken as string;
  const bank = await request(port, 'POST', '/api/banks/import', { format: 'text', content: '1.用电检查员的人数不得少于（ ）人。\nA.1 B.2 C.3 D.4\n答案：B', name: 'bench' }, staff);
  const [questionId] = ((await request(port, 'GET', `/api/banks/${bank.body.bankId}/questions`, undefined, staff)).body as { id: string }[]).map((q) => q.id);
  const contest = (await request(port, 'POST', '/api/contests', { title: 'bench' }, staff)).body.id as string;
  const codes = await pool(Array.from({ length: teams }, (_, i) => i), 8, async (i) => (await request(port, 'POST', `/api/contests/${contest}/teams`, { name: `team-${i}`, memberCap: Math.ceil(contestants / teams) }, staff)).body.joinCode as string);
  const round = (await request(port, 'POST', `/api/contests/${contest}/rounds`, { title: 'bench', kind: 'written', questionIds: [questionId], secondsPerQuestion: 600, settings: { resultVisibility: 'immediately' } }, staff)).body.id;
  const tokens = await pool(Array.from({ length: contestants }, (_, i) => i), 32, async (i) => (await request(port, 'POST', '/api/join', { joinCode: codes[i % teams], name: `p${i}`, secret: `bench-phone-secret-${i}` })).body.accessToken as string);
  const boards: { at: number; total: number }[] = [];
  const screen: Socket = io(`http://127.0.0.1:${port}/live`, { auth: { contestId: contest }, transports: ['websocket'], forceNew: true });
  screen.on('leaderboard', (b: { rows: { score: number }[] }) => boards.push({ at: performance.now(), total: b.rows.reduce((n, r) => n + r.score, 0) }));
  await sleep(500);
  await request(port, 'POST', `/api/rounds/${round}/questions/${questionId}/open`, {}, staff);
  await sleep(300);

  const acks: { at: number; ms: number; ok: boolean }[] = [];
  const start = performance.now();
  await pool(tokens, 256, async (token, i) => {
    const sent = performance.now();
    const res = await request(port, 'POST', `/api/contests/${contest}/submissions`, { questionId, answer: 'B', clientKey: `b-${i}` }, token);
    const at = performance.now();
    acks.push({ at, ms: at - sent, ok: res.status === 202 });
  });
  const burstMs = performance.now() - start;
  const accepted = acks.filter((a) => a.ok);
  const until = Date.now() + 120_000;
  while ((boards.at(-1)?.total ?? 0) < accepted.length * 10 && Date.now() < until) await sleep(100);
  await sleep(1000);
  screen.close();
  // Answer k (in ack order) is on the screen once the board holds k right answers.
  const byAck = [...accepted].sort((a, b) => a.at - b.at);
  const pushMs = byAck.flatMap((a, k) => {
    const shown = boards.find((b) => b.at >= a.at && b.total >= (k + 1) * 10);
    return shown ? [shown.at - a.at] : [];
  });
  const shownTotal = boards.at(-1)?.total ?? 0;
  const figures = {
    acceptedPerSec: Math.round(accepted.length / (burstMs / 1000)),
    ackP99Ms: round1(percentile(acks.map((a) => a.ms), 99)),
    pushP99Ms: round1(percentile(pushMs, 99)),
    lost: Math.max(0, accepted.length - shownTotal / 10),
    doubleCounted: Math.max(0, shownTotal / 10 - accepted.length),
  };
  log(`  ${JSON.stringify(figures)}`);
  return figures;
}

async function pgSchema(): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `bench_${Date.now().toString(36)}`;
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  return {
    schema,
    drop: async () => {
      const c = new Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

/** One api node and one worker, on SQLite or on PostgreSQL. */
async function singleNode(db: 'sqlite' | 'postgres', contestants: number, log: (s: string) => void): Promise<BurstFigures> {
  const redis = await ScratchRedis.start();
  const dir = mkdtempSync(path.join(tmpdir(), 'jingsai-bench-'));
  const pg = db === 'postgres' ? await pgSchema() : null;
  const port = await freePort();
  const env = { ...BASE_ENV, PORT: String(port), REDIS_URL: redis.url, ...(pg ? { DATABASE_URL: POSTGRES_URL, DATABASE_SCHEMA: pg.schema } : { DB_PATH: path.join(dir, 'jingsai.sqlite') }) };
  const api = await startApi(env);
  const worker = await startWorker(env);
  try {
    return await burst(port, contestants, log);
  } finally {
    await Promise.all([killHard(api), killHard(worker)]);
    await redis.stop();
    await pg?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchTopologies(argv: string[]): Promise<void> {
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const i = argv.indexOf('--contestants');
  const contestants = i >= 0 ? Number(argv[i + 1]) : 1000;
  log(`bench --cluster: ${contestants} contestants per topology`);
  log('one node, SQLite');
  const sqlite = await singleNode('sqlite', contestants, log);
  log('one node, PostgreSQL');
  const postgres = await singleNode('postgres', contestants, log);
  log('two nodes, PostgreSQL, nginx');
  const cluster = await startCluster({ nodes: 2, workers: 2, env: { ...BASE_ENV, QUEUE_PREFIX: 'bench-cluster' } });
  let twoNodes: BurstFigures;
  try {
    twoNodes = await burst(Number(new URL(cluster.url).port), contestants, log);
  } finally {
    await cluster.stop();
  }
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const result = {
    contestants,
    oneNodeSqlite: sqlite,
    oneNodePostgres: postgres,
    twoNodesPostgresNginx: twoNodes,
    acceptedPerSecPostgresVsSqlite: ratio(postgres.acceptedPerSec, sqlite.acceptedPerSec),
    acceptedPerSecTwoNodesVsOne: ratio(twoNodes.acceptedPerSec, postgres.acceptedPerSec),
    ackP99TwoNodesVsOne: ratio(twoNodes.ackP99Ms, postgres.ackP99Ms),
  };
  console.table([
    { topology: '1 node, SQLite', ...sqlite },
    { topology: '1 node, PostgreSQL', ...postgres },
    { topology: '2 nodes, PostgreSQL, nginx', ...twoNodes },
  ]);
  console.log(JSON.stringify(result));
  agent.destroy();
}
