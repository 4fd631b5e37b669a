import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';

/** What workers tell API nodes so they can push to sockets (the worker has no sockets). */
export type LiveBusMessage =
  | {
      type: 'graded';
      contestId: string;
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
  | { type: 'question-opened'; contestId: string; roundQuestionId: string }
  | { type: 'question-closed'; contestId: string; roundQuestionId: string }
  | { type: 'board-changed'; contestId: string }
  /** A question closed or a round ended: results held back until then may now reach the phones. */
  | ({ type: 'results-released'; contestId: string } & ({ roundQuestionId: string } | { roundId: string }))
  /** A live-control event (buzz, deadline extended, answer revealed) pushed as-is to the contest room. */
  | { type: 'contest-event'; contestId: string; event: string; payload: Record<string, unknown> };

/**
 * Redis pub/sub from services and workers to every API node; each node pushes to its own sockets.
 * Everything live goes through here, so several API nodes behind a load balancer stay in step.
 */
@Injectable()
export class LiveEventBus implements OnModuleDestroy {
  private readonly logger = new Logger(LiveEventBus.name);
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;
  private readonly handlers: ((message: LiveBusMessage) => void)[] = [];
  private readonly channel: string;

  constructor(private readonly config: AppConfig) {
    this.channel = `${config.queuePrefix}:live`;
  }

  async publish(message: LiveBusMessage): Promise<void> {
    // Auto-pipelining: a burst of grades becomes a few round trips, not one per message.
    this.publisher ??= new Redis(this.config.redisUrl, { maxRetriesPerRequest: 3, enableAutoPipelining: true });
    await this.publisher.publish(this.channel, JSON.stringify(message));
  }

  /** Adds a handler; the first call opens the one subscriber connection of this process. */
  async subscribe(handler: (message: LiveBusMessage) => void): Promise<void> {
    this.handlers.push(handler);
    if (this.subscriber) return;
    this.subscriber = new Redis(this.config.redisUrl, { maxRetriesPerRequest: null });
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
    this.subscriber.on('error', (error) => this.logger.warn(`Live bus: ${error.message}`));
    await this.subscriber.subscribe(this.channel);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.publisher?.quit().catch(() => undefined), this.subscriber?.quit().catch(() => undefined)]);
  }
}
