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
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import { killHard, ScratchRedis } from '../support/processes';
import { drainPhase, redisMemMb, soakPhase } from './bench-backlog';
import { httpBurstPhase, socketBurstPhase, type RunLoad } from './bench-bursts';
import { connectSockets, setUpContest, startStack } from './bench-contest';
import { agent, percentile, round1, rssMb, runLoadClients } from './bench-kit';
import { rawQueueThroughput, rawSqliteInserts } from './bench-raw-limits';
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

    const stack = await startStack(dir, redis.url, children);
    const { port, api, worker } = stack;
    const c = await setUpContest(port, opt);
    const { viewers, connectedSockets, screenBoards } = await connectSockets(port, c, opt.sockets, sockets, api, log);

    // The ceiling of this machine and stack, measured in the same run by the same separate client processes:
    // one no-op request (no database, no Redis) and one no-op socket event per contestant.
    const tokens = c.players.map((p) => p.token);
    const run: RunLoad = (mode, question, prefix) => runLoadClients({ port, mode, contestId: c.contest, questionId: question, clientKeyPrefix: prefix }, tokens);
    const trivialHttp = await run('http-trivial', c.questionId, 'trivial');
    const trivialSocket = await run('socket-trivial', c.questionId, 'trivial');
    log(`ceiling: ${trivialHttp.perSec} no-op requests/s, ${trivialSocket.perSec} no-op socket events/s`);

    const { httpBurst, acks, accepted, burstMs, graded, gradesTwice, gradingSpanMs, pushMs, boardTotal, peakApiRss } = await httpBurstPhase(stack, c, opt, run, screenBoards);
    // The extra viewers were there to hold --sockets connections during the burst; this one client process
    // cannot keep reading thousands of boards a second for the long phases below (the server would buffer them).
    for (const v of viewers) v.close();

    const { socketBurst, socketAccepted, socketGraded } = await socketBurstPhase(stack, c, run);
    // Phase 2, grading throughput; phase 3 (full run), a soak.
    const { gradedPerSec, drainLost } = await drainPhase(stack, redis.url, c);
    const { soakAnswers, soakLost, soakRedisPeakMb } = await soakPhase(stack, redis.url, c, opt.soak, log);

    const redisMemMbNow = await redisMemMb(redis.url);

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
      redisMemMb: round1(redisMemMbNow),
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
