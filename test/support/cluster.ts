import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, killHard, REPO_ROOT, ScratchRedis, startApi, startWorker } from './processes';
import { POSTGRES_URL } from './test-app';

/** The nginx configuration that ships in docker/, run here as is (only upstreams and port differ). */
export const NGINX_CONF = path.join(REPO_ROOT, 'docker/nginx/nginx.conf');

export interface Cluster {
  env: Record<string, string>;
  /** Each api node's own address (to spread clients for certain). */
  nodes: string[];
  /** nginx in front of all nodes. */
  url: string;
  killNode(index: number): Promise<void>;
  killWorker(index: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * N api nodes and M grading workers on one PostgreSQL schema and one scratch Redis, behind Debian's
 * nginx with docker/nginx/nginx.conf. Nodes start together, as replicas would (migrations take turns).
 */
export async function startCluster(opts: { nodes: number; workers: number; env?: Record<string, string> }): Promise<Cluster> {
  const schema = `cluster_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const pg = new Client({ connectionString: POSTGRES_URL });
  await pg.connect();
  await pg.query(`CREATE SCHEMA ${schema}`);
  await pg.end();
  const redis = await ScratchRedis.start();
  const env: Record<string, string> = {
    DATABASE_URL: POSTGRES_URL,
    DATABASE_SCHEMA: schema,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: 'cluster',
    WORKER_IN_PROCESS: 'false',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    ADMIN_PASSWORD: 'admin-password',
    JWT_SECRET: 'cluster-secret-of-enough-length',
    SWEEP_AFTER_MS: '1500',
    RATE_LIMIT_PER_IP: '0',
    TRUST_PROXY: 'loopback',
    ...opts.env,
  };
  const ports = await Promise.all(Array.from({ length: opts.nodes }, () => freePort()));
  const nodes = await Promise.all(ports.map((port) => startApi({ ...env, PORT: String(port) })));
  const workers = await Promise.all(Array.from({ length: opts.workers }, () => startWorker(env)));

  const dir = mkdtempSync(path.join(tmpdir(), 'jingsai-nginx-'));
  const nginxPort = await freePort();
  symlinkSync(NGINX_CONF, path.join(dir, 'nginx.conf'));
  writeFileSync(path.join(dir, 'upstreams.conf'), ports.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n') + '\n');
  writeFileSync(path.join(dir, 'listen.conf'), `listen 127.0.0.1:${nginxPort};\n`);
  const nginx = spawn('nginx', ['-p', dir, '-c', 'nginx.conf', '-g', 'daemon off;'], { stdio: 'pipe' });
  let nginxOutput = '';
  nginx.stderr?.on('data', (d: Buffer) => (nginxOutput += d.toString()));
  const url = `http://127.0.0.1:${nginxPort}`;
  for (let i = 0; ; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited: ${nginxOutput}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
    if (i > 100) throw new Error(`nginx did not answer: ${nginxOutput}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    env,
    nodes: ports.map((p) => `http://127.0.0.1:${p}`),
    url,
    killNode: (i) => killHard(nodes[i]),
    killWorker: (i) => killHard(workers[i]),
    async stop() {
      // nginx stops its workers on SIGTERM (a SIGKILLed master would leave them serving).
      const nginxDone = new Promise<void>((resolve) => (nginx.exitCode !== null ? resolve() : nginx.once('exit', () => resolve())));
      nginx.kill('SIGTERM');
      await Promise.all([...nodes, ...workers].map(killHard));
      await nginxDone;
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
      const client = new Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}
