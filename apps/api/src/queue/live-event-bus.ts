import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import type { ContestRoomEvent } from '@jingsai/domain';
import { AppConfig } from '../config/app-config';
import { OutboxRepository } from './outbox.repository';
import { redisRetry } from './redis-retry';

/** One answer's result, as the worker (or the judges, or an appeal) announces it. */
export interface GradedItem {
      submissionId: string;
      teamId: string;
      /** Set for answers given by one contestant (written rounds): the result is theirs, not the team's. */
      contestantId?: string;
      questionId: string;
      roundId: string;
      roundQuestionId: string;
      status: 'graded' | 'review' | 'too_late';
      score: number | null;
      correct: boolean | null;
}

/** What workers tell API nodes so they can push to sockets (the worker has no sockets). */
export type LiveBusMessage =
  /** Results of a contest graded together: one message per batch, not one per answer. */
  | { type: 'graded'; contestId: string; items: GradedItem[] }
  | { type: 'question-opened'; contestId: string; roundQuestionId: string }
  | { type: 'question-closed'; contestId: string; roundQuestionId: string }
  | { type: 'board-changed'; contestId: string }
  /** A question closed or a round ended: results held back until then may now reach the phones. */
  | ({ type: 'results-released'; contestId: string } & ({ roundQuestionId: string } | { roundId: string }))
  /** A live-control event (buzz, deadline extended, answer revealed) pushed as-is to the contest room. */
  | ({ type: 'contest-event'; contestId: string } & ContestRoomEvent)
  /** Events were delayed (Redis was down): every node sends these contests' screens a fresh snapshot. */
  | { type: 'resync'; contestIds: string[] }
  /** A session ended or changed (password, disabled account, member on a new phone, removed): nodes forget it and end its sockets. */
  | { type: 'session-changed'; key: string };

const RELAY_EVERY_MS = 500;
const RELAY_BATCH = 200;

/**
 * Redis pub/sub from services and workers to every API node; each node pushes to its own sockets.
 * Everything live goes through here, so several API nodes behind a load balancer stay in step.
 *
 * Publishing never fails an action that was already committed: when Redis cannot take a message it
 * goes to the outbox table, and a relay (in every process) publishes the outbox, oldest first, once
 * Redis is back, then asks every node to resend snapshots so screens converge on the true state.
 */
@Injectable()
export class LiveEventBus implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LiveEventBus.name);
  private readonly publisher: Redis;
  private subscriber: Redis | null = null;
  private readonly handlers: ((message: LiveBusMessage) => void)[] = [];
  private readonly reconnectHandlers: (() => void)[] = [];
  private readonly publishHandlers: ((message: LiveBusMessage) => void)[] = [];
  private readonly channel: string;
  /** This process put messages in the outbox: later ones follow them there, to keep their order. */
  private backlog = false;
  private relaying = false;
  private relayTimer: NodeJS.Timeout | null = null;
  private lastWarning = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly outbox: OutboxRepository,
  ) {
    this.channel = `${config.queuePrefix}:live`;
    // No offline queue: while Redis is away a publish fails at once (to the outbox) instead of waiting.
    // Auto-pipelining: a burst of grades becomes a few round trips, not one per message.
    this.publisher = new Redis(config.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 2000,
      enableAutoPipelining: true,
      lazyConnect: true,
      retryStrategy: redisRetry,
    });
    this.publisher.on('error', (error) => this.warn(`Live bus publisher: ${error.message}`));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.publisher.connect().catch((error: Error) => this.warn(`Live bus publisher: ${error.message}`));
    this.relayTimer = setInterval(() => void this.relay(), RELAY_EVERY_MS);
    this.relayTimer.unref();
  }

  async publish(message: LiveBusMessage): Promise<void> {
    // This node knows at once (its caches drop before the caller answers); the others within milliseconds.
    for (const h of this.publishHandlers) h(message);
    const raw = JSON.stringify(message);
    if (!this.backlog) {
      try {
        await this.publisher.publish(this.channel, raw);
        return;
      } catch (error) {
        this.warn(`Redis cannot take live events now; keeping them in the outbox (${(error as Error).message})`);
      }
    }
    this.backlog = true;
    try {
      await this.outbox.add([raw]);
    } catch (error) {
      // Neither Redis nor the database: the action itself is committed; screens resync on reconnect.
      this.logger.error(`Live event lost (outbox unavailable): ${(error as Error).message}`);
    }
  }

  /** Publishes what waited in the outbox, oldest first; returns how many were published. */
  async relay(): Promise<number> {
    if (this.relaying || this.publisher.status !== 'ready') return 0;
    this.relaying = true;
    let sent = 0;
    const contests = new Set<string>();
    try {
      if (!this.backlog && (await this.outbox.isEmpty())) return 0;
      for (let batch = await this.outbox.claim(RELAY_BATCH); batch.length > 0; batch = await this.outbox.claim(RELAY_BATCH)) {
        for (let i = 0; i < batch.length; i++) {
          try {
            await this.publisher.publish(this.channel, batch[i]);
          } catch {
            await this.outbox.add(batch.slice(i));
            return sent;
          }
          sent++;
          const parsed = JSON.parse(batch[i]) as Partial<{ contestId: string }>;
          if (parsed.contestId) contests.add(parsed.contestId);
        }
      }
      this.backlog = false;
      if (contests.size) await this.publisher.publish(this.channel, JSON.stringify({ type: 'resync', contestIds: [...contests] } satisfies LiveBusMessage));
      if (sent) this.logger.log(`Published ${sent} live event(s) kept while Redis was unavailable`);
      return sent;
    } catch (error) {
      this.warn(`Outbox relay failed (will retry): ${(error as Error).message}`);
      return sent;
    } finally {
      this.relaying = false;
    }
  }

  /** Adds a handler; the first call opens the one subscriber connection of this process. */
  async subscribe(handler: (message: LiveBusMessage) => void): Promise<void> {
    this.handlers.push(handler);
    if (this.subscriber) return;
    this.subscriber = new Redis(this.config.redisUrl, { maxRetriesPerRequest: null, retryStrategy: redisRetry });
    this.subscriber.on('message', (_channel, raw: string) => {
      let message: LiveBusMessage;
      try {
        message = JSON.parse(raw) as LiveBusMessage;
      } catch (error) {
        this.logger.error(`Bad live bus message: ${String(error)}`);
        return;
      }
      for (const h of this.handlers) h(message);
    });
    this.subscriber.on('error', (error) => this.warn(`Live bus subscriber: ${error.message}`));
    // Messages published while this node was cut off never arrive: its screens need a fresh snapshot.
    let connectedBefore = false;
    this.subscriber.on('ready', () => {
      if (connectedBefore) for (const h of this.reconnectHandlers) h();
      connectedBefore = true;
    });
    await this.subscriber.subscribe(this.channel);
  }

  /** Called, in this process, for every message this process publishes, before it goes out. */
  onPublish(handler: (message: LiveBusMessage) => void): void {
    this.publishHandlers.push(handler);
  }

  /** Called when this node's subscription comes back after Redis was away. */
  onReconnect(handler: () => void): void {
    this.reconnectHandlers.push(handler);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.relayTimer) clearInterval(this.relayTimer);
    await Promise.all([this.publisher.quit().catch(() => undefined), this.subscriber?.quit().catch(() => undefined)]);
  }

  /** At most one warning a few seconds while Redis is down, not one per event. */
  private warn(text: string): void {
    if (Date.now() - this.lastWarning < 5000) return;
    this.lastWarning = Date.now();
    this.logger.warn(text);
  }
}
