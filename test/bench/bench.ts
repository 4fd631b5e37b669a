/**
 * npm run bench [-- --quick] [--contestants N] [--sockets N] [--teams N]
 * npm run bench -- --cluster: the same burst on three topologies (see topologies.bench.ts)
 *
 * Starts a real api and a separate grading worker against a temporary SQLite file and a scratch
 * redis-server, then a branch contest's worst minute: N contestants connected over Socket.IO answer
 * one question over HTTP inside a 10-second window while a big-screen client watches the board.
 * In the same run it measures this machine's raw limits (no-op BullMQ jobs, single-row SQLite
 * inserts), so the figures can be read as ratios. Prints a table, then one JSON line.
 */
import Database from 'better-sqlite3';
import { Queue, Worker } from 'bullmq';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { io, type Socket } from 'socket.io-client';
import { freePort, killHard, REPO_ROOT, ScratchRedis } from '../support/processes';
import { GRADING_CONCURRENCY, GRADING_QUEUE } from '../../apps/api/src/queue/queue.constants';
import { agent, epoch, percentile, pool, request, round1, rssMb, runLoadClients, sleep } from './bench-kit';
import type { LoadJob } from './load-client';
import { benchTopologies } from './topologies.bench';

interface Options {
  quick: boolean;
  contestants: number;
  teams: number;
  sockets: number;
  windowMs: number;
  /** Answers in the soak phase (Redis memory must stay bounded); 0 skips it. */
  soak: number;
}

function parseArgs(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const num = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    const value = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} needs a positive integer`);
    return value;
  };
  const contestants = num('--contestants', 1000);
  const soakIndex = argv.indexOf('--soak');
  const soak = soakIndex >= 0 ? Number(argv[soakIndex + 1]) : quick ? 0 : 100_000;
  return { quick, contestants, teams: num('--teams', 50), sockets: num('--sockets', quick ? contestants : 5000), windowMs: 10_000, soak };
}

/** Raw limit 1: single-row inserts per second, each its own transaction, into SQLite (WAL). */
function rawSqliteInserts(dir: string, ms: number): number {
  const db = new Database(path.join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE t (id TEXT PRIMARY KEY, payload TEXT NOT NULL, at TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (id, payload, at) VALUES (?, ?, ?)');
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < ms) {
    insert.run(`row-${n}`, '"C"', new Date().toISOString());
    n++;
  }
  const rate = n / ((performance.now() - start) / 1000);
  db.close();
  return rate;
}

/** Raw limit 2: no-op BullMQ jobs per second through one worker with the grading worker's concurrency. */
async function rawQueueThroughput(redisUrl: string, jobs: number): Promise<number> {
  const { hostname, port } = new URL(redisUrl);
  const connection = { host: hostname, port: Number(port), maxRetriesPerRequest: null };
  const queue = new Queue('raw-noop', { connection, prefix: 'bench' });
  for (let i = 0; i < jobs; i += 1000) {
    await queue.addBulk(Array.from({ length: Math.min(1000, jobs - i) }, (_, k) => ({ name: 'noop', data: { i: i + k }, opts: { jobId: `j${i + k}`, removeOnComplete: { count: 1000 } } })));
  }
  let done = 0;
  const start = performance.now();
  const finished = new Promise<void>((resolve) => {
    const worker = new Worker('raw-noop', async () => 'ok', { connection, prefix: 'bench', concurrency: GRADING_CONCURRENCY });
    worker.on('completed', () => {
      if (++done === jobs) void worker.close().then(() => resolve());
    });
  });
  await finished;
  const rate = jobs / ((performance.now() - start) / 1000);
  await queue.obliterate({ force: true });
  await queue.close();
  return rate;
}

function startNode(entry: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), path.join(REPO_ROOT, 'tools/run-ts.js'), path.join(REPO_ROOT, entry)], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[${path.basename(path.dirname(path.dirname(entry)))}] ${d}`));
  return child;
}

async function main(): Promise<void> {
  const opt = parseArgs(process.argv.slice(2));
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const dir = mkdtempSync(path.join(tmpdir(), 'jingsai-bench-'));
  const redis = await ScratchRedis.start();
  const children: ChildProcess[] = [];
  const sockets: Socket[] = [];
  try {
    log(`bench: ${opt.contestants} contestants in ${opt.teams} teams, ${opt.sockets} sockets${opt.quick ? ' (quick)' : ''}`);
    const rawInsertPerSec = rawSqliteInserts(dir, opt.quick ? 1000 : 3000);
    const rawQueuePerSec = await rawQueueThroughput(redis.url, opt.quick ? 5000 : 20000);
    log(`raw limits: ${Math.round(rawInsertPerSec)} SQLite inserts/s, ${Math.round(rawQueuePerSec)} no-op jobs/s`);

    const port = await freePort();
    const env = {
      PORT: String(port), DB_PATH: path.join(dir, 'jingsai.sqlite'), REDIS_URL: redis.url, QUEUE_PREFIX: 'bench', WORKER_IN_PROCESS: 'false',
      SEED_DEMO: 'false', LOG_LEVEL: 'warn', ADMIN_PASSWORD: 'bench-password', JWT_SECRET: 'bench-secret-of-enough-length', RATE_LIMIT_PER_IP: '0', SOCKETS_PER_ADDRESS: '0', // one machine plays a thousand phones
    };
    const api = startNode('apps/api/src/main.ts', env);
    children.push(api);
    for (let i = 0; ; i++) {
      const ok = await request(port, 'GET', '/api/health').then((r) => r.status === 200, () => false);
      if (ok) break;
      if (i > 600) throw new Error('api did not start');
      await sleep(100);
    }
    // As in production: the api and a grading worker in separate processes (the 2 cores are both used).
    const worker = startNode('apps/worker/src/main.ts', env);
    children.push(worker);

    // The contest: teams, one written question (every contestant answers), all answers right.
    const login = await request(port, 'POST', '/api/auth/login', { username: 'admin', password: 'bench-password' });
    const staff = login.body.accessToken as string;
    const paper = ['1.用电检查员的人数不得少于（ ）人。\nA.1 B.2 C.3 D.4\n答案：B', '2.投诉举报答复期限：举报在（ ）天内答复。\nA.5 B.10 C.15 D.20\n答案：B', '3.业扩报装答复期限为（ ）个工作日。\nA.5 B.10 C.15 D.20\n答案：B'].join('\n');
    const bank = await request(port, 'POST', '/api/banks/import', { format: 'text', content: paper, name: 'bench' }, staff);
    const questions = await request(port, 'GET', `/api/banks/${bank.body.bankId}/questions`, undefined, staff);
    const [questionId, drainQuestionId, socketQuestionId] = questions.body.map((q: { id: string }) => q.id) as string[];
    const contest = (await request(port, 'POST', '/api/contests', { title: 'bench', baseScore: 0 }, staff)).body.id as string;
    const teams = await pool(Array.from({ length: opt.teams }, (_, i) => i), 16, (i) => request(port, 'POST', `/api/contests/${contest}/teams`, { name: `team-${i}`, memberCap: Math.ceil(opt.contestants / opt.teams) }, staff));
    const round = await request(port, 'POST', `/api/contests/${contest}/rounds`, { title: 'bench', kind: 'written', questionIds: [questionId, socketQuestionId, drainQuestionId], secondsPerQuestion: 600, settings: { resultVisibility: 'immediately' } }, staff);
    const players = await pool(Array.from({ length: opt.contestants }, (_, i) => i), 64, async (i) => {
      const res = await request(port, 'POST', `/api/contests/${contest}/join`, { joinCode: teams[i % opt.teams].body.joinCode, name: `p${i}`, secret: `bench-phone-secret-${i}` });
      return { token: res.body.accessToken as string, teamId: res.body.contestant.teamId as string };
    });

    // Sockets: every contestant, extra public viewers up to --sockets, and the big screen that measures pushes.
    const connect = (auth: Record<string, string>) =>
      new Promise<Socket>((resolve, reject) => {
        const s = io(`http://127.0.0.1:${port}/live`, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
        s.once('leaderboard', () => resolve(s));
        s.once('connect_error', reject);
        sockets.push(s);
      });
    await pool(players, 100, (p) => connect({ token: p.token }));
    const viewers = await pool(Array.from({ length: Math.max(0, opt.sockets - players.length) }, () => 0), 100, () => connect({ contestId: contest }));
    const connectedSockets = sockets.filter((s) => s.connected).length + 0;
    const screenBoards: { at: number; scores: Map<string, number> }[] = [];
    const screen = await connect({ contestId: contest });
    screen.on('leaderboard', (board: { rows: { teamId: string; score: number }[] }) => {
      screenBoards.push({ at: epoch(), scores: new Map(board.rows.map((r) => [r.teamId, r.score])) });
    });
    log(`${connectedSockets} sockets connected; api rss ${Math.round(rssMb(api.pid))} MB`);

    // The ceiling of this machine and stack, measured in the same run by the same separate client processes:
    // one no-op request (no database, no Redis) and one no-op socket event per contestant.
    const tokens = players.map((p) => p.token);
    const run = (mode: LoadJob['mode'], question: string, prefix: string) => runLoadClients({ port, mode, contestId: contest, questionId: question, clientKeyPrefix: prefix }, tokens);
    const trivialHttp = await run('http-trivial', questionId, 'trivial');
    const trivialSocket = await run('socket-trivial', questionId, 'trivial');
    log(`ceiling: ${trivialHttp.perSec} no-op requests/s, ${trivialSocket.perSec} no-op socket events/s`);

    await request(port, 'POST', `/api/rounds/${round.body.id}/questions/${questionId}/open`, undefined, staff);
    await sleep(300);

    // The burst over HTTP: everyone answers as fast as the server acknowledges.
    let peakApiRss = 0;
    const rssTimer = setInterval(() => (peakApiRss = Math.max(peakApiRss, rssMb(api.pid))), 100);
    const httpBurst = await run('http-answer', questionId, 'bench');
    const acks = httpBurst.acks.map((a) => ({ ...a, teamId: players[a.index].teamId }));
    const burstMs = httpBurst.wallMs;
    const accepted = acks.filter((a) => a.ok);

    // Wait for grading, reading the database (the source of truth) read-only.
    const db = new Database(env.DB_PATH, { readonly: true, fileMustExist: true });
    const pendingCount = db.prepare("SELECT COUNT(*) AS n FROM submissions WHERE contestId = ? AND status = 'pending'");
    const deadline = Date.now() + (opt.quick ? 60_000 : 180_000);
    while ((pendingCount.get(contest) as { n: number }).n > 0 && Date.now() < deadline) await sleep(100);
    const graded = db.prepare("SELECT id, teamId, receivedAt, gradedAt FROM submissions WHERE contestId = ? AND status = 'graded' ORDER BY gradedAt").all(contest) as { id: string; teamId: string; receivedAt: string; gradedAt: string }[];
    const gradesTwice = (db.prepare('SELECT COUNT(*) AS n FROM (SELECT submissionId FROM grades GROUP BY submissionId HAVING COUNT(*) > 1)').get() as { n: number }).n;
    const toMs = (s: string) => Date.parse(s.replace(' ', 'T') + (s.endsWith('Z') ? '' : 'Z'));
    const gradingSpanMs = graded.length ? toMs(graded[graded.length - 1].gradedAt) - Math.min(...graded.map((g) => toMs(g.receivedAt))) : NaN;
    await sleep(1500); // let the last coalesced push arrive
    clearInterval(rssTimer);
    db.close();

    // Push latency: answer i is "on the screen" when its team's score reaches 10 × (its place in the team's grading order).
    const placeInTeam = new Map<string, number>();
    const seenPerTeam = new Map<string, number>();
    for (const g of graded) {
      const k = (seenPerTeam.get(g.teamId) ?? 0) + 1;
      seenPerTeam.set(g.teamId, k);
      placeInTeam.set(g.id, k);
    }
    const pushMs: number[] = [];
    for (const a of accepted) {
      const place = a.id ? placeInTeam.get(a.id) : undefined;
      if (!place) continue;
      const shown = screenBoards.find((b) => b.at >= a.at && (b.scores.get(a.teamId) ?? 0) >= place * 10);
      if (shown) pushMs.push(shown.at - a.at);
    }
    const finalBoard = screenBoards[screenBoards.length - 1];
    const boardTotal = finalBoard ? [...finalBoard.scores.values()].reduce((x, y) => x + y, 0) : 0;
    // The extra viewers were there to hold --sockets connections during the burst; this one client process
    // cannot keep reading thousands of boards a second for the long phases below (the server would buffer them).
    for (const v of viewers) v.close();

    // The same burst over the live socket each phone already holds (a second question).
    await request(port, 'POST', `/api/rounds/${round.body.id}/questions/${socketQuestionId}/open`, undefined, staff);
    await sleep(300);
    const socketBurst = await run('socket-answer', socketQuestionId, 'socket');
    const socketAccepted = socketBurst.acks.filter((a) => a.ok).length;
    const socketDb = new Database(env.DB_PATH, { readonly: true, fileMustExist: true });
    const socketPending = socketDb.prepare("SELECT COUNT(*) AS n FROM submissions WHERE questionId = ? AND status = 'pending'");
    const socketUntil = Date.now() + 60_000;
    while ((socketPending.get(socketQuestionId) as { n: number }).n > 0 && Date.now() < socketUntil) await sleep(100);
    const socketGraded = (socketDb.prepare("SELECT COUNT(*) AS n FROM submissions WHERE questionId = ? AND status = 'graded'").get(socketQuestionId) as { n: number }).n;
    socketDb.close();

    // Phase 2, grading throughput: with the queue paused, everyone answers a third question; then the
    // (warm) worker drains the backlog. Rate = answers / (last gradedAt − first gradedAt), comparable to the raw queue.
    const gradingQueue = new Queue(GRADING_QUEUE, { connection: { host: '127.0.0.1', port: Number(new URL(redis.url).port), maxRetriesPerRequest: null }, prefix: 'bench' });
    await gradingQueue.pause();
    await request(port, 'POST', `/api/rounds/${round.body.id}/questions/${drainQuestionId}/open`, undefined, staff);
    await sleep(300);
    const drainAcks = await pool(players, 256, (p, i) =>
      request(port, 'POST', `/api/contests/${contest}/submissions`, { questionId: drainQuestionId, answer: 'B', clientKey: `drain-${i}` }, p.token),
    );
    await gradingQueue.resume();
    await gradingQueue.close();
    const drainDb = new Database(env.DB_PATH, { readonly: true, fileMustExist: true });
    const drainPending = drainDb.prepare("SELECT COUNT(*) AS n FROM submissions WHERE questionId = ? AND status = 'pending'");
    const drainDeadline = Date.now() + 120_000;
    while ((drainPending.get(drainQuestionId) as { n: number }).n > 0 && Date.now() < drainDeadline) await sleep(100);
    const span = drainDb.prepare("SELECT COUNT(*) AS n, MIN(gradedAt) AS first, MAX(gradedAt) AS last FROM submissions WHERE questionId = ? AND status = 'graded'").get(drainQuestionId) as { n: number; first: string; last: string };
    drainDb.close();
    const gradedPerSec = span.n / Math.max(0.001, (toMs(span.last) - toMs(span.first)) / 1000);
    const drainLost = drainAcks.filter((r) => r.status === 202).length - span.n;

    // Phase 3 (full run): a soak of many answers over many questions; finished jobs are trimmed, so Redis stays small.
    let soakAnswers = 0;
    let soakLost = 0;
    let soakRedisPeakMb = 0;
    const redisMem = async () => {
      const client = new Redis(redis.url);
      const info = await client.info('memory');
      client.disconnect();
      return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0) / 1024 / 1024;
    };
    if (opt.soak > 0) {
      const perQuestion = players.length;
      const questionCount = Math.ceil(opt.soak / perQuestion);
      const soakPaper = Array.from({ length: questionCount }, (_, i) => `${i + 1}.第${i + 1}题的正确答案是（ ）。\nA.甲 B.乙 C.丙 D.丁\n答案：C`).join('\n');
      const soakBank = await request(port, 'POST', '/api/banks/import', { format: 'text', content: soakPaper, name: 'soak' }, staff);
      const soakIds = ((await request(port, 'GET', `/api/banks/${soakBank.body.bankId}/questions`, undefined, staff)).body as { id: string }[]).map((q) => q.id);
      const soakRound = await request(port, 'POST', `/api/contests/${contest}/rounds`, { title: 'soak', kind: 'written', questionIds: soakIds, secondsPerQuestion: 600, settings: { resultVisibility: 'immediately' } }, staff);
      log(`soak: ${questionCount} questions × ${perQuestion} answers`);
      for (const [q, id] of soakIds.entries()) {
        await request(port, 'POST', `/api/rounds/${soakRound.body.id}/questions/${id}/open`, undefined, staff);
        const results = await pool(players, 256, (p, i) => request(port, 'POST', `/api/contests/${contest}/submissions`, { questionId: id, answer: 'C', clientKey: `soak-${q}-${i}` }, p.token));
        soakAnswers += results.filter((r) => r.status === 202).length;
        if (q % 10 === 9) {
          soakRedisPeakMb = Math.max(soakRedisPeakMb, await redisMem());
          log(`soak: ${soakAnswers} answers, redis ${round1(soakRedisPeakMb)} MB`);
        }
      }
      const soakDb = new Database(env.DB_PATH, { readonly: true, fileMustExist: true });
      const left = soakDb.prepare("SELECT COUNT(*) AS n FROM submissions WHERE status = 'pending'");
      const until = Date.now() + 300_000;
      while ((left.get() as { n: number }).n > 0 && Date.now() < until) await sleep(250);
      const soakGraded = (soakDb.prepare("SELECT COUNT(*) AS n FROM submissions WHERE roundId = ? AND status = 'graded'").get(soakRound.body.id) as { n: number }).n;
      soakLost = soakAnswers - soakGraded;
      soakDb.close();
      soakRedisPeakMb = Math.max(soakRedisPeakMb, await redisMem());
    }

    const redisInfo = await new Redis(redis.url).info('memory');
    const redisMemMb = Number(/used_memory:(\d+)/.exec(redisInfo)?.[1] ?? 0) / 1024 / 1024;

    const liveGradedPerSec = graded.length / (gradingSpanMs / 1000);
    const result = {
      contestants: opt.contestants,
      sockets: connectedSockets + 1,
      accepted: accepted.length,
      burstMs: Math.round(burstMs),
      acceptedPerSec: Math.round(accepted.length / (burstMs / 1000)),
      ackP50Ms: round1(percentile(acks.map((a) => a.ms), 50)),
      ackP99Ms: round1(percentile(acks.map((a) => a.ms), 99)),
      liveGradedPerSec: Math.round(liveGradedPerSec),
      gradedPerSec: Math.round(gradedPerSec),
      pushP50Ms: round1(percentile(pushMs, 50)),
      pushP99Ms: round1(percentile(pushMs, 99)),
      pushMeasured: pushMs.length,
      rawQueuePerSec: Math.round(rawQueuePerSec),
      gradingVsRawQueue: Math.round((gradedPerSec / rawQueuePerSec) * 100) / 100,
      rawInsertPerSec: Math.round(rawInsertPerSec),
      acceptedVsRawInsert: Math.round((accepted.length / (burstMs / 1000) / rawInsertPerSec) * 100) / 100,
      trivialPerSec: trivialHttp.perSec,
      trivialSocketPerSec: trivialSocket.perSec,
      acceptedVsTrivial: Math.round((accepted.length / (burstMs / 1000) / trivialHttp.perSec) * 100) / 100,
      socketAcceptedPerSec: Math.round(socketAccepted / (socketBurst.wallMs / 1000)),
      socketAckP50Ms: round1(percentile(socketBurst.acks.map((a) => a.ms), 50)),
      socketAckP99Ms: round1(percentile(socketBurst.acks.map((a) => a.ms), 99)),
      socketVsTrivialSocket: Math.round((socketAccepted / (socketBurst.wallMs / 1000) / trivialSocket.perSec) * 100) / 100,
      generatorCpuShare: Math.round((httpBurst.cpuMs / (httpBurst.wallMs * 2)) * 100) / 100,
      lost: accepted.length - graded.length + (socketAccepted - socketGraded) + drainLost + soakLost,
      doubleCounted: gradesTwice + (boardTotal !== graded.length * 10 ? Math.abs(boardTotal / 10 - graded.length) : 0),
      rssMb: Math.round(peakApiRss),
      workerRssMb: Math.round(rssMb(worker.pid)),
      redisMemMb: round1(redisMemMb),
      soakAnswers,
      soakRedisPeakMb: round1(soakRedisPeakMb),
    };
    console.log('');
    console.table(Object.entries(result).map(([figure, value]) => ({ figure, value })));
    console.log(JSON.stringify(result));
  } finally {
    for (const s of sockets) s.close();
    agent.destroy();
    await Promise.all(children.map((c) => (process.env.BENCH_CPU_PROF ? new Promise<void>((r) => { c.once('exit', () => r()); c.kill('SIGINT'); }) : killHard(c))));
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

(process.argv.includes('--cluster') ? benchTopologies(process.argv.slice(2)) : main()).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
