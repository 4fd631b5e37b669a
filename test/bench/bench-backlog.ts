/**
 * Phases 2 and 3, the backlog: grading throughput (the queue paused while everyone answers, then the warm
 * worker drains it) and, in a full run, a soak of many answers over many questions in which Redis must stay small.
 */
import Database from 'better-sqlite3';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { GRADING_QUEUE } from '../../apps/api/src/queue/queue.constants';
import { pool, request, round1, sleep, toMs } from './bench-kit';
import type { BenchContest, BenchStack } from './bench-contest';

/** Rate = answers / (last gradedAt − first gradedAt), comparable to the raw queue. */
export async function drainPhase(stack: BenchStack, redisUrl: string, c: BenchContest) {
  const { port, env } = stack;
  const { staff, contest, drainQuestionId, players } = c;
  const gradingQueue = new Queue(GRADING_QUEUE, { connection: { host: '127.0.0.1', port: Number(new URL(redisUrl).port), maxRetriesPerRequest: null }, prefix: 'bench' });
  await gradingQueue.pause();
  await request(port, 'POST', `/api/rounds/${c.roundId}/questions/${drainQuestionId}/open`, undefined, staff);
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

  return { gradedPerSec, drainLost };
}

export async function redisMemMb(redisUrl: string): Promise<number> {
  const client = new Redis(redisUrl);
  const info = await client.info('memory');
  client.disconnect();
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0) / 1024 / 1024;
}

/** Finished jobs are trimmed, so Redis stays small however many answers go through. */
export async function soakPhase(stack: BenchStack, redisUrl: string, c: BenchContest, answers: number, log: (s: string) => void) {
  const { port, env } = stack;
  const { staff, contest, players } = c;
  let soakAnswers = 0;
  let soakLost = 0;
  let soakRedisPeakMb = 0;
  const redisMem = () => redisMemMb(redisUrl);
  if (answers > 0) {
    const perQuestion = players.length;
    const questionCount = Math.ceil(answers / perQuestion);
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
  return { soakAnswers, soakLost, soakRedisPeakMb };
}
