/**
 * Fakes for the service unit tier: the ports a service talks to (clock, config, bus, limiter), so its
 * rules are tested without a database, Redis or sockets. Repositories are faked per spec with only
 * the methods the service calls.
 */
import { AnswerClock } from '../common/answer-clock';
import { Clock } from '../common/clock';
import { RateLimiter } from '../common/rate-limiter';
import { loadConfig, type AppConfig } from '../config/app-config';
import type { LiveBusMessage } from '../queue/live-event-bus';

/** A clock the test sets. */
export class FakeClock extends Clock {
  constructor(private at: Date) {
    super();
  }

  override now(): Date {
    return new Date(this.at);
  }

  set(at: Date): void {
    this.at = at;
  }
}

export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({ ADMIN_PASSWORD: 'test-password', JWT_SECRET: 'unit-test-secret-long-enough', GRACE_MS: '500', ...env });
}

export function answerClock(clock: Clock, config = testConfig()): AnswerClock {
  return new AnswerClock(clock, config);
}

/** Records what a service publishes. */
export class FakeBus {
  readonly published: LiveBusMessage[] = [];

  async publish(message: LiveBusMessage): Promise<void> {
    this.published.push(message);
  }
}

export function unlimited(clock: Clock): RateLimiter {
  return new RateLimiter(clock);
}

/** A fake with only some of a class's methods, typed as the class for the service's constructor. */
export function fake<T>(methods: Partial<Record<keyof T, unknown>>): T {
  return methods as unknown as T;
}

export const at = (iso: string): Date => new Date(iso);
