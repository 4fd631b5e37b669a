import { Logger, ValidationPipe, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';
import { mountQueueBoard } from './admin/queue-board';
import { AppModule } from './app.module';
import { errorBody } from './common/http-error.filter';
import { AppError } from './common/app-error';
import { validationMessage } from './common/validation-messages';
import { TokenBuckets } from './common/rate-limiter';
import type { AppConfig } from './config/app-config';
import type { Clock } from './common/clock';

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

export class RedisUnreachableError extends Error {}

/** Fails fast, with how to fix it, when Redis does not answer (instead of a stack trace from BullMQ). */
export async function assertRedisReachable(url: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new RedisUnreachableError(
      [
        `无法连接 Redis / Redis is not reachable at ${url} (${(error as Error).message}).`,
        'Jingsai needs Redis for its grading queue and live updates. Start one with:',
        '  redis-server --daemonize yes --port 6379 --save "" --appendonly no',
        'or set REDIS_URL to a Redis that is running.',
      ].join('\n'),
    );
  } finally {
    client.disconnect();
  }
}

/** Builds the whole HTTP app (used by main.ts and by the end-to-end tests). */
export async function createApiApp(config: AppConfig, options: { clock?: Clock } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options.clock), {
    logger: LOG_LEVELS[config.logLevel],
    bodyParser: false,
  });
  const server = app.getHttpAdapter().getInstance() as express.Express;
  if (config.trustProxy !== false) server.set('trust proxy', config.trustProxy);
  if (config.rateLimitPerIp > 0) {
    // Per client IP, before any work: a flood from one machine cannot starve the venue.
    const perIp = new TokenBuckets(config.rateLimitPerIp * 2, config.rateLimitPerIp);
    server.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (perIp.take(req.ip ?? req.socket.remoteAddress ?? 'unknown', Date.now())) return next();
      res.status(429).json(errorBody(new AppError('RATE_LIMITED')));
    });
  }
  // Small bodies everywhere; a pasted exam paper may be a few megabytes.
  server.use('/api/banks/import', express.json({ limit: '6mb' }));
  // A question's fix can carry a long stem, explanation and many accepted variants per blank.
  server.use(['/api/questions', '/api/contests/:id/questions'], express.json({ limit: '1mb' }));
  server.use(express.json({ limit: '100kb' }), express.urlencoded({ limit: '100kb', extended: false }));
  // Malformed or oversized bodies fail before Nest's pipeline: answer them in the same error shape.
  server.use((error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!error) return next();
    const body = errorBody(error);
    res.status(body.statusCode).json(body);
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => AppError.detailed('VALIDATION_FAILED', validationMessage(errors)),
    }),
  );
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('Jingsai API')
    .setDescription('竞赛 — service-knowledge competitions. Errors: {statusCode, error, message, code} (message "中文 / English"; code from the catalogue in libs/domain/src/errors, with params for its placeholders).')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));

  mountQueueBoard(app);
  serveWebApp(app, config.webDist);
  return app;
}

/** The built React app, with client-side routes falling back to index.html. */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(`No built web app at ${webDist} (run "npm run build"); serving the API only`);
    return;
  }
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.use(express.static(webDist, { index: false, maxAge: '1h' }));
  server.get(/^\/(?!api\/|api$|socket\.io\/|admin\/).*/, (_req, res) => res.sendFile(index));
}
