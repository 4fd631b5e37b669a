import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { assertRedisReachable, createApiApp, RedisUnreachableError } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  await assertRedisReachable(config.redisUrl);
  const app = await createApiApp(config);
  await app.listen(config.port);
  const url = `http://localhost:${config.port}`;
  new Logger('Jingsai').log(
    `Ready on ${url}  (API docs ${url}/api/docs, database ${config.databaseUrl ? 'PostgreSQL' : config.dbPath}, worker ${config.workerInProcess ? 'in process' : 'separate'})`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`配置错误 / Configuration error: ${error.message}`);
  else if (error instanceof RedisUnreachableError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
