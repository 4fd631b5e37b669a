import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * PostgreSQL when DATABASE_URL is set, otherwise the embedded SQLite file (WAL, busy timeout).
 * The schema only ever changes through migrations.
 */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: true, synchronize: false, logging: ['error' as const] };
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
