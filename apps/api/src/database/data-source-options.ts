import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * PostgreSQL when DATABASE_URL is set, otherwise the embedded SQLite file (WAL, busy timeout).
 * The schema only ever changes through migrations.
 */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  // Migrations run in `openDatabase`, one process at a time (several api nodes and workers start together).
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: false, synchronize: false, logging: ['error' as const] };
  if (config.databaseUrl) {
    return { ...common, type: 'postgres', url: config.databaseUrl, schema: config.databaseSchema ?? undefined, extra: { max: 10 } };
  }
  mkdirSync(path.dirname(config.dbPath), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.dbPath,
    // WAL lets readers (leaderboard, live view) run while the writer commits.
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
    },
  };
}

/** Fixed numbers: the PostgreSQL advisory locks processes take to migrate, and to seed at first start. */
const MIGRATION_LOCK = 7_330_331;
export const STARTUP_LOCK = 7_330_332;

/**
 * Opens the database and brings its schema up to date. On PostgreSQL an advisory lock makes processes
 * that start together migrate one after another: the first migrates, the others find nothing to do.
 */
export async function openDatabase(options: DataSourceOptions): Promise<DataSource> {
  const db = await new DataSource(options).initialize();
  if (options.type !== 'postgres') {
    await db.runMigrations({ transaction: 'each' });
    return db;
  }
  await oneAtATime(db, MIGRATION_LOCK, () => db.runMigrations({ transaction: 'each' }));
  return db;
}

/**
 * Runs `work` while holding a PostgreSQL advisory lock, so processes that start together (api replicas)
 * take turns; on SQLite (one process) it just runs.
 */
export async function oneAtATime<T>(db: DataSource, lock: number, work: () => Promise<T>): Promise<T> {
  if (db.options.type !== 'postgres') return work();
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [lock]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [lock]).catch(() => undefined);
    await runner.release();
  }
}
