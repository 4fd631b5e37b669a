import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from './app-error';
import { Clock } from './clock';

/** Burst size and steady rate per contestant: 10 requests, refilled at 10 a second. */
export const RATE_LIMIT = { capacity: 10, perSecond: 10 } as const;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * An in-memory token bucket per key (contestant id) for submissions and buzzes. Per api node:
 * behind a load balancer each node limits on its own, which is enough to stop a runaway client.
 */
@Injectable()
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly clock: Clock) {}

  /** Takes one token for `key`, or throws 429. */
  take(key: string): void {
    const now = this.clock.now().getTime();
    const bucket = this.buckets.get(key) ?? { tokens: RATE_LIMIT.capacity, at: now };
    bucket.tokens = Math.min(RATE_LIMIT.capacity, bucket.tokens + ((now - bucket.at) / 1000) * RATE_LIMIT.perSecond);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      throw new AppError(ErrorCode.RateLimited, '操作过于频繁，请稍后再试 / Too many requests: slow down and try again');
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.prune(now);
  }

  /** Drops full buckets so the map does not grow without bound. */
  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * RATE_LIMIT.perSecond >= RATE_LIMIT.capacity) this.buckets.delete(key);
    }
  }
}
