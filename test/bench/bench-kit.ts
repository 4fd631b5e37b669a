/** What the benchmarks share: keep-alive JSON requests, a bounded pool, percentiles, process memory. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { LoadJob, LoadResult } from './load-client';

const ROOT = path.resolve(__dirname, '../..');

export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
export const round1 = (n: number) => Math.round(n * 10) / 10;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A database time (SQLite's "YYYY-MM-DD HH:MM:SS.sss" in UTC, or ISO) in epoch ms. */
export const toMs = (s: string) => Date.parse(s.replace(' ', 'T') + (s.endsWith('Z') ? '' : 'Z'));

/** Keep-alive JSON over node:http: cheaper per request than fetch, so the client measures the server. */
export const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/**
 * A kept-alive socket the server closed while idle fails with ECONNRESET, and so does a connect the kernel
 * refuses while the listen queue is full (thousands of contestants at once): retry on a fresh connection, a
 * little later each time, as a phone would (answers carry a clientKey, so a retry is never counted twice).
 */
export async function request(port: number, method: string, urlPath: string, body?: unknown, token?: string): Promise<{ status: number; body: any }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await requestOnce(port, method, urlPath, body, token, attempt === 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    }
  }
}

function requestOnce(port: number, method: string, urlPath: string, body?: unknown, token?: string, keepAlive = true): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      { host: '127.0.0.1', port, method, path: urlPath, agent: keepAlive ? agent : false, headers: { ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null });
        });
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

export async function pool<T, R>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], i);
      }
    }),
  );
  return results;
}

export function rssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return NaN;
  }
}


/** Epoch milliseconds with sub-millisecond precision, comparable between processes on one machine. */
export const epoch = (): number => performance.timeOrigin + performance.now();

export interface LoadRun {
  acks: LoadResult['acks'];
  wallMs: number;
  /** Accepted per second over the wall time. */
  perSec: number;
  /** CPU the generator processes used, in ms (of `wallMs` × cores available). */
  cpuMs: number;
}

/**
 * Runs one phase of load from `processes` separate generator processes (test/bench/load-client.ts),
 * the contestants split between them; all start at one signal once their sockets are connected.
 */
export async function runLoadClients(job: Omit<LoadJob, 'tokens' | 'offset' | 'concurrency'>, tokens: string[], processes = 2, concurrency = 128): Promise<LoadRun> {
  const share = Math.ceil(tokens.length / processes);
  const children = Array.from({ length: processes }, (_, i) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'tools/run-ts.js'), path.join(ROOT, 'test/bench/load-client.ts')], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const lines: string[] = [];
    let buffer = '';
    const waiting: { n: number; resolve: () => void; reject: (error: Error) => void }[] = [];
    let exited: Error | null = null;
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let k: number;
      while ((k = buffer.indexOf('\n')) >= 0) {
        lines.push(buffer.slice(0, k));
        buffer = buffer.slice(k + 1);
      }
      for (const w of waiting.filter((x) => lines.length >= x.n)) w.resolve();
    });
    // A generator that dies (out of file descriptors, a crash) fails the phase instead of hanging the bench.
    // 'close', not 'exit': its output is read to the end first.
    child.on('close', (code, signal) => {
      exited = new Error(`load client ${i} exited (${signal ?? `code ${code}`}) before reporting; see its output above`);
      for (const w of waiting.filter((x) => lines.length < x.n)) w.reject(exited);
    });
    const line = (n: number) =>
      new Promise<string>((resolve, reject) => {
        if (lines.length >= n) return resolve(lines[n - 1]);
        if (exited) return reject(exited);
        waiting.push({ n, resolve: () => resolve(lines[n - 1]), reject });
      });
    child.stdin.write(`${JSON.stringify({ ...job, tokens: tokens.slice(i * share, (i + 1) * share), offset: i * share, concurrency: Math.ceil(concurrency / processes) } satisfies LoadJob)}\n`);
    return { child, line };
  });
  await Promise.all(children.map((c) => c.line(1)));
  const start = epoch();
  for (const c of children) c.child.stdin.write('go\n');
  const results = (await Promise.all(children.map((c) => c.line(2)))).map((l) => JSON.parse(l) as LoadResult);
  const wallMs = epoch() - start;
  const acks = results.flatMap((r) => r.acks);
  return { acks, wallMs, perSec: Math.round(acks.filter((a) => a.ok).length / (wallMs / 1000)), cpuMs: results.reduce((n, r) => n + r.cpuMs, 0) };
}
