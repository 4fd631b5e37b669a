import { ValidationPipe, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import Redis from 'ioredis';
import { mountQueueBoard } from './admin/queue-board';
import { AppModule } from './app.module';
import { errorBody } from './common/http-error.filter';
import { AppError } from './common/app-error';
import { validationMessage } from './common/validation-messages';
import { TokenBuckets } from './common/rate-limiter';
import { serveWebApp } from './web-app';
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

/** Request bodies: small everywhere, larger where a pasted paper or a question's fix travels. */
const DEFAULT_BODY_LIMIT = 100 * 1024;
const BODY_LIMITS: Array<[RegExp, number]> = [
  // A pasted exam paper may be a few megabytes.
  [/^\/api\/banks\/import$/, 6 * 1024 * 1024],
  // A question's fix can carry a long stem, explanation and many accepted variants per blank.
  [/^\/api\/(questions|contests\/:[^/]+\/questions)(\/|$)/, 1024 * 1024],
];

/**
 * Builds the whole HTTP app (used by main.ts and by the end-to-end tests) on Fastify, the faster adapter by
 * measurement (README, Performance: "Express or Fastify").
 */
export async function createApiApp(config: AppConfig, options: { clock?: Clock } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: config.trustProxy,
    bodyLimit: DEFAULT_BODY_LIMIT,
    // As on Express: /x/ is /x, and a long path parameter reaches validation (a clear 400) instead of a router 404.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
  });
  const server = adapter.getInstance<FastifyInstance>();
  server.addHook('onRoute', (route) => {
    const limit = BODY_LIMITS.find(([pattern]) => pattern.test(route.url ?? ''));
    if (limit && route.bodyLimit === undefined) route.bodyLimit = limit[1];
  });
  jsonBodiesOnly(server);
  if (config.rateLimitPerIp > 0) {
    // Per client IP, before any work: a flood from one machine cannot starve the venue.
    const perIp = new TokenBuckets(config.rateLimitPerIp * 2, config.rateLimitPerIp);
    server.addHook('onRequest', (req, reply, done) => {
      if (perIp.take(req.ip, Date.now())) return done();
      void reply.status(429).send(errorBody(new AppError('RATE_LIMITED')));
    });
  }
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options.clock), adapter, {
    logger: LOG_LEVELS[config.logLevel],
    bodyParser: false, // ours: jsonBodiesOnly
  });
  await app.register(multipart); // read, with its limits, by banks/multipart-upload.ts
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

  await mountQueueBoard(app);
  await serveWebApp(app, config.webDist);
  return app;
}

/**
 * Bodies are JSON (or a multipart upload): an empty body is `{}` (curl, some clients), and only an object or an
 * array is a body (a bare string or number is refused as bad JSON, like any malformed one). Any other content
 * type, plain text included, is refused with 415 before a handler sees it.
 */
function jsonBodiesOnly(server: FastifyInstance): void {
  const parse = server.getDefaultJsonParser('error', 'error');
  server.removeContentTypeParser(['application/json', 'text/plain']);
  server.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (body === '') return done(null, {});
    parse(req, body as string, (error, value) => {
      if (error || typeof value !== 'object' || value === null) return done(new AppError('INVALID_JSON'), undefined);
      done(null, value);
    });
  });
}
