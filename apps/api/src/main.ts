import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { assertRedisReachable, createApiApp, RedisUnreachableError } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';
import { HostNetwork } from './venue/host-network';
import { lanUrls } from './venue/venue-urls';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  await assertRedisReachable(config.redisUrl);
  const app = await createApiApp(config);
  // Every interface, not Fastify's default of loopback only: phones in the hall connect over the LAN.
  await app.listen(config.port, '0.0.0.0');
  const url = `http://localhost:${config.port}`;
  const logger = new Logger('Jingsai');
  logger.log(
    `Ready on ${url}  (API docs ${url}/api/docs, database ${config.databaseUrl ? 'PostgreSQL' : config.dbPath}, worker ${config.workerInProcess ? 'in process' : 'separate'})`,
  );
  // Phones cannot open localhost: say where they can reach this machine (same Wi-Fi, firewall port open).
  const network = app.get(HostNetwork);
  const phones = config.publicUrl ? [config.publicUrl] : lanUrls(network.lanAddresses(), network.listeningPort());
  if (phones.length) logger.log(`手机访问 / Phones join at: ${phones.join('  ')}  (same Wi-Fi; allow TCP port ${config.port} in the firewall)`);
  else logger.warn('没有可供手机访问的网络地址 / No network address phones can reach: connect this computer to the hall\'s Wi-Fi, or set PUBLIC_URL');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`配置错误 / Configuration error: ${error.message}`);
  else if (error instanceof RedisUnreachableError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
