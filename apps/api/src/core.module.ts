import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { QueueModule } from './queue/queue.module';
import { AnswerClock } from './common/answer-clock';
import { Clock } from './common/clock';
import { RateLimiter } from './common/rate-limiter';
import { DatabaseTime } from './database/database-time';

/** What both the api and the worker need: config, the clocks (on the database's time), the database, queue + bus, rate limits. */
@Module({})
export class CoreModule {
  /** `clock`: tests move time with a clock of their own; everything reads the time through this port. */
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    const clockProvider = clock ? { provide: Clock, useValue: clock } : Clock;
    return {
      module: CoreModule,
      global: true,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule,
      ],
      providers: [clockProvider, DatabaseTime, AnswerClock, RateLimiter],
      exports: [Clock, AnswerClock, RateLimiter],
    };
  }
}
