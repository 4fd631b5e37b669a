import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { AppError } from '../common/app-error';
import { AppConfig } from '../config/app-config';
import { redisRetry } from '../queue/redis-retry';

/** Failed attempts are counted over this window; a key over its limit waits until the window passes. */
const WINDOW_SECONDS = 15 * 60;

/** Failed sign-ins allowed per username and per client address; wrong PINs per member. */
export const ATTEMPT_LIMITS = { perUsername: 10, perAddress: 30, perMemberPin: 5 } as const;

export interface AttemptLimit {
  key: string;
  limit: number;
}

/**
 * Counts failed attempts (sign-ins, PINs) in Redis, so every api node sees the same count; over a limit
 * the caller answers 429 with Retry-After until the window passes. If Redis is away the counts are kept
 * in this process meanwhile (still a limit, per node).
 */
@Injectable()
export class FailedAttempts implements OnModuleDestroy {
  private readonly logger = new Logger(FailedAttempts.name);
  private readonly redis: Redis;
  private readonly local = new Map<string, { count: number; until: number }>();
  private readonly prefix: string;

  constructor(config: AppConfig) {
    this.prefix = `${config.queuePrefix}:attempts`;
    this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1000, retryStrategy: redisRetry, lazyConnect: true });
    this.redis.on('error', () => undefined);
    this.redis.connect().catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  /** Throws 429 (with the seconds to wait) when any key is at its limit. */
  async assertBelow(limits: AttemptLimit[], code: 'SIGN_IN_RATE_LIMITED' | 'PIN_RATE_LIMITED'): Promise<void> {
    const counts = await this.read(limits.map((l) => l.key));
    const over = limits.map((l, i) => (counts[i].count >= l.limit ? counts[i].seconds : null)).filter((s): s is number => s !== null);
    if (over.length) {
      const retryAfterSeconds = Math.max(1, ...over);
      throw new AppError(code, { minutes: Math.ceil(retryAfterSeconds / 60) }, { retryAfterSeconds });
    }
  }

  async record(keys: string[]): Promise<void> {
    try {
      const multi = this.redis.multi();
      for (const key of keys) multi.incr(this.full(key)).expire(this.full(key), WINDOW_SECONDS, 'NX');
      await multi.exec();
    } catch {
      const now = Date.now();
      for (const key of keys) {
        const entry = this.local.get(key);
        this.local.set(key, entry && entry.until > now ? { ...entry, count: entry.count + 1 } : { count: 1, until: now + WINDOW_SECONDS * 1000 });
      }
    }
  }

  async clear(key: string): Promise<void> {
    this.local.delete(key);
    await this.redis.del(this.full(key)).catch(() => undefined);
  }

  private full(key: string): string {
    return `${this.prefix}:${key}`;
  }

  private async read(keys: string[]): Promise<{ count: number; seconds: number }[]> {
    try {
      const multi = this.redis.multi();
      for (const key of keys) multi.get(this.full(key)).ttl(this.full(key));
      const results = ((await multi.exec()) ?? []).map(([, value]) => value);
      return keys.map((_, i) => ({ count: Number(results[i * 2] ?? 0), seconds: Math.max(0, Number(results[i * 2 + 1] ?? 0)) }));
    } catch (error) {
      this.logger.debug(`Attempt counts from memory (Redis: ${(error as Error).message})`);
      const now = Date.now();
      return keys.map((key) => {
        const entry = this.local.get(key);
        return entry && entry.until > now ? { count: entry.count, seconds: Math.ceil((entry.until - now) / 1000) } : { count: 0, seconds: 0 };
      });
    }
  }
}
