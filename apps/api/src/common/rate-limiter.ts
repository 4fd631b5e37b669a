import { Injectable } from '@nestjs/common';
import { AppError } from './app-error';
import { Clock } from './clock';

/** Burst size and steady rate per contestant: 10 requests, refilled at 10 a second. */
export const RATE_LIMIT = { capacity: 10, perSecond: 10 } as const;

interface Bucket {
  tokens: number;
  at: number;
}

/** Token buckets by key, in memory. Per api node: behind a load balancer each node limits on its own. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
  ) {}

  /** Takes one token for `key` at time `now` (ms); false when the bucket is empty. */
  take(key: string, now: number): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.prune(now);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Drops full buckets so the map does not grow without bound. */
  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond >= this.capacity) this.buckets.delete(key);
    }
  }
}


/** Per-contestant limit for submissions, buzzes and stakes: stops a runaway client, not a fast one. */
@Injectable()
export class RateLimiter {
  private readonly buckets = new TokenBuckets(RATE_LIMIT.capacity, RATE_LIMIT.perSecond);

  constructor(private readonly clock: Clock) {}

  /** Takes one token for `key`, or throws 429. */
  take(key: string): void {
    if (!this.buckets.take(key, this.clock.now().getTime())) throw new AppError('RATE_LIMITED');
  }
}
