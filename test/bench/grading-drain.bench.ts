/**
 * node tools/run-ts.js test/bench/grading-drain.bench.ts [contestants=500] [questions=6]
 *
 * Grading throughput against the queue's own ceiling, in one process so the ratio is fair on a noisy
 * machine: the app (SQLite, in-process grading worker) takes a backlog of real answers while its queue
 * is paused, then drains it; in between, no-op jobs run through a worker of the same concurrency on the
 * same Redis. The two alternate once per question (each pair measured within a second or two of each
 * other), and the figure is the median of the pairs' ratios.
 */
import { Queue, Worker } from 'bullmq';
import Database from 'better-sqlite3';
import { GradingService } from '../../apps/api/src/grading/grading.service';
import { GRADING_CONCURRENCY, GRADING_QUEUE } from '../../apps/api/src/queue/queue.constants';
import { startTestApp, REDIS_URL } from '../support/test-app';
import { percentile, pool, request, sleep } from './bench-kit';

const [contestants, questionCount] = [Number(process.argv[2] ?? 500), Number(process.argv[3] ?? 6)];
const connection = { host: new URL(REDIS_URL).hostname, port: Number(new URL(REDIS_URL).port || 6379), maxRetriesPerRequest: null };

async function noopJobsPerSec(jobs: number, prefix: string): Promise<number> {
  const queue = new Queue('raw-noop', { connection, prefix });
  await queue.addBulk(Array.from({ length: jobs }, (_, i) => ({ name: 'noop', data: { i }, opts: { jobId: `j${i}`, removeOnComplete: true } })));
  const start = performance.now();
  await new Promise<void>((resolve) => {
    let done = 0;
    const worker = new Worker('raw-noop', async () => 'ok', { connection, prefix, concurrency: GRADING_CONCURRENCY });
    worker.on('completed', () => {
      if (++done === jobs) void worker.close().then(() => resolve());
    });
  });
  const rate = jobs / ((performance.now() - start) / 1000);
  await queue.obliterate({ force: true });
  await queue.close();
  return rate;
}

async function main(): Promise<void> {
  const t = await startTestApp({ LOG_LEVEL: 'warn', RATE_LIMIT_PER_IP: '0', SWEEP_AFTER_MS: '60000' });
  const port = Number(new URL(t.baseUrl).port);
  try {
    const staff = (await request(port, 'POST', '/api/auth/login', { username: 'admin', password: 'admin-password' })).body.accessToken as string;
    await request(port, 'POST', '/api/auth/password', { currentPassword: 'admin-password', newPassword: 'admin-password-2' }, staff);
    const token = (await request(port, 'POST', '/api/auth/login', { username: 'admin', password: 'admin-password-2' })).body.accessToken as string;
    const paper = Array.from({ length: questionCount }, (_, i) => `${i + 1}.第${i + 1}题：投诉举报在（ ）天内答复。\nA.5 B.10 C.15 D.20\n答案：B`).join('\n');
    const bank = await request(port, 'POST', '/api/banks/import', { format: 'text', content: paper, name: 'drain' }, token);
    const questionIds = ((await request(port, 'GET', `/api/banks/${bank.body.bankId}/questions`, undefined, token)).body as { id: string }[]).map((q) => q.id);
    const contest = (await request(port, 'POST', '/api/contests', { title: 'drain', baseScore: 0 }, token)).body.id as string;
    const teamCount = Math.ceil(contestants / 5);
    const teams = await pool(Array.from({ length: teamCount }, (_, i) => i), 16, (i) => request(port, 'POST', `/api/contests/${contest}/teams`, { name: `team-${i}`, memberCap: 5 }, token));
    const round = await request(port, 'POST', `/api/contests/${contest}/rounds`, { title: 'drain', kind: 'written', questionIds, secondsPerQuestion: 600, settings: { resultVisibility: 'immediately' } }, token);
    const players = await pool(Array.from({ length: contestants }, (_, i) => i), 32, async (i) => {
      const res = await request(port, 'POST', `/api/contests/${contest}/join`, { joinCode: teams[i % teamCount].body.joinCode, name: `p${i}`, secret: `drain-phone-secret-${i}` });
      return res.body.accessToken as string;
    });

    // Where the drain's time goes: batches graded (size, time inside the transaction and its publish).
    const batches: { size: number; ms: number }[] = [];
    const service = t.app.get(GradingService) as unknown as { gradeAll: (ids: string[]) => Promise<unknown> };
    const gradeAll = service.gradeAll.bind(service);
    service.gradeAll = async (ids) => {
      const start = performance.now();
      try {
        return await gradeAll(ids);
      } finally {
        batches.push({ size: ids.length, ms: performance.now() - start });
      }
    };

    const grading = new Queue(GRADING_QUEUE, { connection, prefix: t.config.queuePrefix });
    const db = new Database(t.env.DB_PATH, { readonly: true, fileMustExist: true });
    const pending = db.prepare("SELECT COUNT(*) AS n FROM submissions WHERE questionId = ? AND status = 'pending'");
    const span = db.prepare("SELECT COUNT(*) AS n, MIN(gradedAt) AS first, MAX(gradedAt) AS last FROM submissions WHERE questionId = ? AND status = 'graded'");
    const toMs = (d: string) => new Date(d.includes('T') ? d : `${d.replace(' ', 'T')}Z`).getTime();
    const graded: number[] = [];
    const raw: number[] = [];
    for (const [q, questionId] of questionIds.entries()) {
      raw.push(await noopJobsPerSec(contestants, `${t.config.queuePrefix}_raw${q}`));
      await grading.pause();
      await request(port, 'POST', `/api/rounds/${round.body.id}/questions/${questionId}/open`, undefined, token);
      await pool(players, 64, (p, i) => request(port, 'POST', `/api/contests/${contest}/submissions`, { questionId, answer: 'B', clientKey: `d${q}-${i}` }, p));
      batches.length = 0;
      const resumed = performance.now();
      await grading.resume();
      const until = Date.now() + 60_000;
      while ((pending.get(questionId) as { n: number }).n > 0 && Date.now() < until) await sleep(20);
      const s = span.get(questionId) as { n: number; first: string; last: string };
      graded.push(s.n / Math.max(0.001, (toMs(s.last) - toMs(s.first)) / 1000));
      const wallMs = performance.now() - resumed;
      const inBatches = batches.reduce((sum, b) => sum + b.ms, 0);
      process.stderr.write(`  ${batches.length} batches, mean size ${Math.round(contestants / Math.max(1, batches.length))}, ${Math.round(inBatches)} ms grading of ${Math.round(wallMs)} ms wall\n`);
      await request(port, 'POST', `/api/rounds/${round.body.id}/questions/${questionId}/close`, undefined, token);
      process.stderr.write(`question ${q + 1}: graded ${Math.round(graded[q])}/s, no-op jobs ${Math.round(raw[q])}/s\n`);
    }
    db.close();
    await grading.close();
    const ratios = graded.map((g, i) => g / raw[i]);
    const result = {
      contestants,
      questions: questionCount,
      concurrency: GRADING_CONCURRENCY,
      gradedPerSec: Math.round(percentile(graded, 50)),
      rawQueuePerSec: Math.round(percentile(raw, 50)),
      gradingVsRawQueue: Math.round(percentile(ratios, 50) * 100) / 100,
    };
    console.table(result);
    console.log(JSON.stringify(result));
  } finally {
    await t.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
