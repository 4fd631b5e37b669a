import 'reflect-metadata';
import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { assertRedisReachable, RedisUnreachableError } from '../../api/src/bootstrap';
import { ConfigError, loadConfig, type AppConfig } from '../../api/src/config/app-config';
import { CoreModule } from '../../api/src/core.module';
import { WorkerModule } from './worker.module';

@Module({})
class WorkerAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerAppModule, imports: [CoreModule.forRoot(config), WorkerModule] };
  }
}

/** A grading worker on its own (production runs any number of these next to the api). */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  await assertRedisReachable(config.redisUrl);
  const app = await NestFactory.createApplicationContext(WorkerAppModule.forRoot(config), { logger: ['fatal', 'error', 'warn', 'log'] });
  app.enableShutdownHooks();
  new Logger('Worker').log(`Grading worker running (queue prefix "${config.queuePrefix}")`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`配置错误 / Configuration error: ${error.message}`);
  else if (error instanceof RedisUnreachableError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
