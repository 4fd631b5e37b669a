import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { QueueModule } from './queue/queue.module';
import { TokenService } from './auth/token.service';

/** What both the api and the worker need: config, database + repositories, queue + bus, tokens. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule,
      ],
      providers: [TokenService],
      exports: [TokenService],
    };
  }
}
