import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { GradingQueue } from './grading.queue';
import { redisRetry } from './redis-retry';
import { LiveEventBus } from './live-event-bus';
import { OutboxRepository } from './outbox.repository';
import { GRADING_QUEUE } from './queue.constants';

export function redisConnection(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password || undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // Workers must keep retrying through a Redis restart rather than crash, and notice its return soon.
    maxRetriesPerRequest: null,
    retryStrategy: redisRetry,
  };
}

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ connection: redisConnection(config.redisUrl), prefix: config.queuePrefix }),
    }),
    BullModule.registerQueue({ name: GRADING_QUEUE }),
  ],
  providers: [GradingQueue, LiveEventBus, OutboxRepository],
  exports: [GradingQueue, LiveEventBus, BullModule],
})
export class QueueModule {}
