/** What the benchmarks share: keep-alive JSON requests, a bounded pool, percentiles, process memory. */
import { readFileSync } from 'node:fs';
import http from 'node:http';

export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
export const round1 = (n: number) => Math.round(n * 10) / 10;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Keep-alive JSON over node:http: cheaper per request than fetch, so the client measures the server. */
export const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** A kept-alive socket the server closed while idle fails with ECONNRESET: retry once (answers carry a clientKey). */
export async function request(port: number, method: string, urlPath: string, body?: unknown, token?: string): Promise<{ status: number; body: any }> {
  try {
    return await requestOnce(port, method, urlPath, body, token);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') throw error;
    // Other idle sockets in the pool may be just as stale: retry on a fresh connection.
    return requestOnce(port, method, urlPath, body, token, false);
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

