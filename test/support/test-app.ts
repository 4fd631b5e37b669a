import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/app-config';
import type { Clock } from '../../apps/api/src/common/clock';
import { ApiClient } from './api-client';
import { signInAdmin } from './builders';

export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  /** The environment the app was configured from (a worker process can be started with the same). */
  env: Record<string, string>;
  baseUrl: string;
  close(): Promise<void>;
}

const unique = () => `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;

/**
 * A real api (+ in-process worker) on a random port, with its own database (a temp SQLite file,
 * or a fresh PostgreSQL schema) and its own Redis key prefix, so test files never see each other.
 */
export async function startTestApp(overrides: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<TestApp> {
  const db = process.env.E2E_DB === 'postgres' ? 'postgres' : 'sqlite';
  const id = unique();
  const tmp = mkdtempSync(path.join(tmpdir(), 'jingsai-e2e-'));
  const env: Record<string, string> = {
    PORT: '0',
    REDIS_URL,
    QUEUE_PREFIX: `jingsai_test_${id}`,
    ADMIN_USERNAME: 'admin',
    ADMIN_PASSWORD: 'admin-password',
    JWT_SECRET: 'test-secret-of-enough-length',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    SWEEP_AFTER_MS: '1000',
    GRACE_MS: '300',
    ...overrides,
  };
  let schema: string | null = null;
  if (db === 'postgres') {
    schema = `e2e_${id}`;
    const client = new Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
    env.DATABASE_URL = POSTGRES_URL;
    env.DATABASE_SCHEMA = schema;
  } else {
    env.DB_PATH = path.join(tmp, 'jingsai.sqlite');
  }
  const config = loadConfig(env);
  const app = await createApiApp(config, options);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    env,
    baseUrl: `http://127.0.0.1:${address.port}`,
    async close() {
      await app.close();
      rmSync(tmp, { recursive: true, force: true });
      if (schema) {
        const client = new Client({ connectionString: POSTGRES_URL });
        await client.connect();
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      }
    },
  };
}

export interface ReadyTestApp {
  t: TestApp;
  /** Anonymous. */
  api: ApiClient;
  /** Signed in as the admin. */
  admin: ApiClient;
}

/**
 * The test app of a spec file: started before its tests (an anonymous client and a signed-in admin
 * ready) and closed after them. `assign` hands them to the file's variables:
 * `useTestApp((app) => ({ t, api, admin } = app));`
 */
export function useTestApp(assign: (app: ReadyTestApp) => void, overrides: Record<string, string> = {}, options: { clock?: Clock } = {}): void {
  let started: TestApp | undefined;
  beforeAll(async () => {
    started = await startTestApp(overrides, options);
    const api = new ApiClient(started.baseUrl);
    assign({ t: started, api, admin: await signInAdmin(api) });
  });
  afterAll(async () => started?.close());
}
