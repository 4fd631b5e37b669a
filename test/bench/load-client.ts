/**
 * A load-generator process of the benchmark (several run at once, apart from the server under test, so
 * the figures show how much of the machine the generator took). Reads one JSON job on stdin, waits for
 * "go" on stdin, runs it, and prints one JSON line of results. Times are epoch milliseconds
 * (performance.timeOrigin + now), comparable with the other processes on this machine.
 */
import { io, type Socket } from 'socket.io-client';
import { agent, pool, request } from './bench-kit';

export interface LoadJob {
  port: number;
  mode: 'http-trivial' | 'socket-trivial' | 'http-answer' | 'socket-answer';
  contestId: string;
  questionId: string;
  /** One contestant token per client of this process. */
  tokens: string[];
  /** Offset of this process's contestants in the whole burst (for unique clientKeys). */
  offset: number;
  concurrency: number;
  clientKeyPrefix: string;
}

export interface LoadResult {
  acks: { at: number; ms: number; ok: boolean; index: number; id?: string }[];
  /** CPU time this process used during the run, in ms (user + system). */
  cpuMs: number;
}

const epoch = () => performance.timeOrigin + performance.now();

async function connectAll(job: LoadJob): Promise<Socket[]> {
  return pool(job.tokens, 100, (token) => new Promise<Socket>((resolve, reject) => {
    const s = io(`http://127.0.0.1:${job.port}/live`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
    s.once('leaderboard', () => resolve(s));
    s.once('connect_error', reject);
  }));
}

async function run(job: LoadJob): Promise<LoadResult['acks']> {
  const acks: LoadResult['acks'] = [];
  /** `call` answers whether it was accepted, and the submission's id for answers. */
  const timed = async (index: number, call: () => Promise<{ ok: boolean; id?: string }>) => {
    const sent = epoch();
    const { ok, id } = await call();
    const at = epoch();
    acks.push({ at, ms: at - sent, ok, index: job.offset + index, ...(id ? { id } : {}) });
  };
  if (job.mode.startsWith('socket')) {
    const sockets = await connectAll(job);
    process.stdout.write('ready\n');
    await waitGo();
    await pool(sockets, job.concurrency, (s, i) =>
      timed(i, async () => {
        if (job.mode === 'socket-trivial') return { ok: Boolean((await s.emitWithAck('ping', {})).pong) };
        const ack = await s.emitWithAck('answer', { questionId: job.questionId, answer: 'B', clientKey: `${job.clientKeyPrefix}-${job.offset + i}` });
        return { ok: typeof ack?.id === 'string', id: ack?.id };
      }),
    );
    for (const s of sockets) s.close();
    return acks;
  }
  process.stdout.write('ready\n');
  await waitGo();
  await pool(job.tokens, job.concurrency, (token, i) =>
    timed(i, async () => {
      if (job.mode === 'http-trivial') return { ok: (await request(job.port, 'GET', '/api/health/live')).status === 200 };
      const res = await request(job.port, 'POST', `/api/contests/${job.contestId}/submissions`, { questionId: job.questionId, answer: 'B', clientKey: `${job.clientKeyPrefix}-${job.offset + i}` }, token);
      return { ok: res.status === 202, id: res.body?.id };
    }),
  );
  return acks;
}

let go: (() => void) | null = null;
function waitGo(): Promise<void> {
  return new Promise((resolve) => (go = resolve));
}

async function main(): Promise<void> {
  let job: LoadJob | null = null;
  let buffer = '';
  const started = new Promise<void>((resolve) => {
    process.stdin.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let i: number;
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        if (!job) {
          job = JSON.parse(line) as LoadJob;
          resolve();
        } else if (line === 'go') go?.();
      }
    });
  });
  await started;
  const before = process.cpuUsage();
  const acks = await run(job as unknown as LoadJob);
  const cpu = process.cpuUsage(before);
  // Written in full before the exit below: a pipe takes 64 kB at once, and 2,500 acks are more.
  await new Promise((resolve) => process.stdout.write(`${JSON.stringify({ acks, cpuMs: (cpu.user + cpu.system) / 1000 } satisfies LoadResult)}\n`, resolve));
  agent.destroy();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
