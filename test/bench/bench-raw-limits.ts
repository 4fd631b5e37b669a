/** The machine's raw limits, measured in the same run as the bench so its figures read as ratios. */
import Database from 'better-sqlite3';
import { Queue, Worker } from 'bullmq';
import path from 'node:path';
import { GRADING_CONCURRENCY } from '../../apps/api/src/queue/queue.constants';

/** Raw limit 1: single-row inserts per second, each its own transaction, into SQLite (WAL). */
export function rawSqliteInserts(dir: string, ms: number): number {
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
export async function rawQueueThroughput(redisUrl: string, jobs: number): Promise<number> {
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
