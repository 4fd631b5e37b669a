import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The whole configuration, read from the environment once at boot by `loadConfig`.
 * Nothing else in the code base reads `process.env`.
 */
export class AppConfig {
  port!: number;
  /**
   * The address phones and screens reach this server at, behind a proxy or a domain (PUBLIC_URL), without a
   * trailing slash. Null: join links use the machine's LAN addresses on the listening port.
   */
  publicUrl!: string | null;
  /** SQLite file, used when `databaseUrl` is not set. */
  dbPath!: string;
  /** PostgreSQL connection string; overrides `dbPath`. */
  databaseUrl!: string | null;
  /** PostgreSQL schema (tests use one schema per run). */
  databaseSchema!: string | null;
  redisUrl!: string;
  /** Prefix of every BullMQ key and pub/sub channel, so several deployments (or test runs) share one Redis. */
  queuePrefix!: string;
  adminUsername!: string;
  adminPassword!: string;
  /** ADMIN_PASSWORD was not set: the development default, which the first sign-in must replace. */
  adminPasswordIsDefault!: boolean;
  jwtSecret!: string;
  /** Run the grading worker inside the API process (`npm start`); production runs apps/worker separately. */
  workerInProcess!: boolean;
  /** Seed the demo contest at boot when the database has no contest. */
  seedDemo!: boolean;
  /** Serve the built web app from this folder, when it exists. */
  webDist!: string;
  /** Re-enqueue submissions still pending after this many ms (Redis restart, FLUSHALL, killed worker). */
  sweepAfterMs!: number;
  /** Answers received up to this many ms after the deadline still count (network latency). */
  defaultGraceMs!: number;
  logLevel!: 'error' | 'warn' | 'log' | 'debug';
  /** Requests per second per client IP, in bursts of twice that; 0 turns the limit off. A venue shares one IP: keep it generous. */
  rateLimitPerIp!: number;
  /** Open live sockets per client address on one node; 0 turns the limit off. */
  socketsPerAddress!: number;
  /**
   * Behind a reverse proxy (nginx): trust its X-Forwarded-For for the client's address (per-address
   * limits, sign-in counts). Fastify's `trustProxy`: false, true, a hop count, or addresses/CIDRs/'loopback', comma-separated.
   */
  trustProxy!: boolean | number | string;
}

export class ConfigError extends Error {}

/** The development admin password: `npm start` works at once, and the first sign-in must replace it. */
export const DEV_ADMIN_PASSWORD = 'admin123';

type Env = Record<string, string | undefined>;

/** The folder holding package.json: relative paths (data/, dist/) resolve from it, whether running from src or dist. */
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

const repoRoot = findRepoRoot(__dirname);

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function boolVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function urlVar(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) throw new ConfigError(`${name} must start with ${protocols.join(' or ')}`);
  return raw;
}

/** Validates the environment and returns the configuration, or throws a ConfigError naming the bad variable. */
export function loadConfig(env: Env): AppConfig {
  const config = new AppConfig();
  const production = env.NODE_ENV === 'production';
  config.port = intVar(env, 'PORT', 3000, 0, 65535);
  const publicUrl = urlVar(env, 'PUBLIC_URL', ['http:', 'https:']);
  if (publicUrl && (new URL(publicUrl).search || new URL(publicUrl).hash)) throw new ConfigError('PUBLIC_URL must be a plain address such as https://contest.example.com (no ? or #)');
  config.publicUrl = publicUrl ? publicUrl.replace(/\/+$/, '') : null;
  config.dbPath = path.resolve(repoRoot, env.DB_PATH || 'data/jingsai.sqlite');
  config.databaseUrl = urlVar(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  config.databaseSchema = env.DATABASE_SCHEMA?.trim() || null;
  if (config.databaseSchema && !/^[a-z_][a-z0-9_]{0,62}$/.test(config.databaseSchema)) {
    throw new ConfigError('DATABASE_SCHEMA must be a lower-case SQL identifier');
  }
  config.redisUrl = urlVar(env, 'REDIS_URL', ['redis:', 'rediss:']) ?? 'redis://127.0.0.1:6379';
  config.queuePrefix = env.QUEUE_PREFIX?.trim() || 'jingsai';
  config.adminUsername = env.ADMIN_USERNAME?.trim() || 'admin';
  config.adminPasswordIsDefault = !env.ADMIN_PASSWORD;
  config.adminPassword = env.ADMIN_PASSWORD || DEV_ADMIN_PASSWORD;
  if (production && (config.adminPasswordIsDefault || config.adminPassword === DEV_ADMIN_PASSWORD)) {
    throw new ConfigError('NODE_ENV=production needs ADMIN_PASSWORD set to a password of your own (not the development default)');
  }
  if (config.adminPassword.length < 6) throw new ConfigError('ADMIN_PASSWORD must be at least 6 characters');
  // In development a random secret is fine (tokens die with the process); production must set one.
  if (production && !env.JWT_SECRET) throw new ConfigError('NODE_ENV=production needs JWT_SECRET (at least 16 random characters)');
  config.jwtSecret = env.JWT_SECRET || randomBytes(32).toString('hex');
  if (config.jwtSecret.length < 16) throw new ConfigError('JWT_SECRET must be at least 16 characters');
  config.workerInProcess = boolVar(env, 'WORKER_IN_PROCESS', true);
  config.seedDemo = boolVar(env, 'SEED_DEMO', true);
  config.webDist = path.resolve(repoRoot, env.WEB_DIST || 'dist/apps/web');
  config.sweepAfterMs = intVar(env, 'SWEEP_AFTER_MS', 5000, 100, 3_600_000);
  config.defaultGraceMs = intVar(env, 'GRACE_MS', 500, 0, 60_000);
  config.rateLimitPerIp = intVar(env, 'RATE_LIMIT_PER_IP', 1000, 0, 1_000_000);
  config.socketsPerAddress = intVar(env, 'SOCKETS_PER_ADDRESS', 1000, 0, 1_000_000);
  const trust = env.TRUST_PROXY?.trim();
  config.trustProxy = !trust || trust === 'false' ? false : trust === 'true' ? true : /^\d+$/.test(trust) ? Number(trust) : trust;
  const level = env.LOG_LEVEL || 'log';
  if (!['error', 'warn', 'log', 'debug'].includes(level)) throw new ConfigError('LOG_LEVEL must be error, warn, log or debug');
  config.logLevel = level as AppConfig['logLevel'];
  return config;
}

export { repoRoot };
