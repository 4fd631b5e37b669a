/**
 * node tools/run-ts.js test/bench/adapter.bench.ts [requests=2000] [rounds=3]
 *
 * Express or Fastify under NestJS (#16): the same small Nest app, served once on each adapter, takes
 * the benchmark's two HTTP loads from separate generator processes: a no-op GET (`/api/health/live`)
 * and an answer-shaped POST (`/api/contests/:id/submissions`: a bearer token verified by a global
 * guard, the body through the app's ValidationPipe and the real SubmitAnswerDto, 202 with an id).
 * No database, no queue: what is left is the adapter's share of a request. The adapters alternate
 * (rounds × both) and the figure is the median of the per-round ratios, so a noisy machine cancels out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createSecretKey, randomUUID } from 'node:crypto';
import path from 'node:path';
import { Body, CanActivate, Controller, ExecutionContext, Get, HttpCode, Injectable, Module, Post, ValidationPipe } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import jwt from 'jsonwebtoken';
import { SubmitAnswerDto } from '../../apps/api/src/submissions/submissions.dto';
import { freePort, killHard, REPO_ROOT } from '../support/processes';
import { percentile, runLoadClients, sleep } from './bench-kit';

const SECRET = 'adapter-bench';
/** As the app's TokenService: a KeyObject (a string secret costs jsonwebtoken ~1 ms per verify). */
const KEY = createSecretKey(Buffer.from(SECRET));
type Adapter = 'express' | 'fastify';

@Injectable()
class BearerGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ url: string; headers: Record<string, string | undefined> }>();
    if (request.url.endsWith('/health/live')) return true;
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    return Boolean(token && jwt.verify(token, KEY));
  }
}

@Controller()
class BenchController {
  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  @Post('contests/:contestId/submissions')
  @HttpCode(202)
  submit(@Body() _dto: SubmitAnswerDto) {
    return { id: randomUUID(), status: 'pending' };
  }
}

@Module({ controllers: [BenchController], providers: [{ provide: APP_GUARD, useClass: BearerGuard }] })
class BenchModule {}

/** The child process: one adapter on one port, until killed. */
async function serve(adapter: Adapter, port: number): Promise<void> {
  const app =
    adapter === 'fastify'
      ? await NestFactory.create(BenchModule, new (await import('@nestjs/platform-fastify')).FastifyAdapter(), { logger: ['error'] })
      : await NestFactory.create(BenchModule, { logger: ['error'] });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  await app.listen(port, '127.0.0.1');
  process.stdout.write('listening\n');
}

function startServer(adapter: Adapter, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'tools/run-ts.js'), __filename, '--serve', adapter, String(port)], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('listening') && resolve(child));
    child.once('exit', (code) => reject(new Error(`${adapter} server exited with ${code}`)));
  });
}

async function measure(adapter: Adapter, requests: number, tokens: string[]): Promise<{ trivial: number; answer: number }> {
  const port = await freePort();
  const server = await startServer(adapter, port);
  try {
    const job = { port, contestId: randomUUID(), questionId: randomUUID(), clientKeyPrefix: adapter };
    await runLoadClients({ ...job, mode: 'http-trivial' }, tokens.slice(0, 1000)); // warm-up (JIT, keep-alive sockets)
    const trivial = await runLoadClients({ ...job, mode: 'http-trivial' }, tokens.slice(0, requests));
    const answer = await runLoadClients({ ...job, mode: 'http-answer' }, tokens.slice(0, requests));
    if (answer.acks.some((a) => !a.ok)) throw new Error(`${adapter}: ${answer.acks.filter((a) => !a.ok).length} answers refused`);
    return { trivial: trivial.perSec, answer: answer.perSec };
  } finally {
    await killHard(server);
    await sleep(200);
  }
}

async function main(): Promise<void> {
  const [requests, rounds] = [Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 3)];
  const token = jwt.sign({ sub: 'bench' }, SECRET);
  const tokens = Array.from({ length: requests }, () => token);
  const runs: Record<Adapter, { trivial: number; answer: number }[]> = { express: [], fastify: [] };
  for (let r = 0; r < rounds; r++) {
    for (const adapter of (r % 2 ? ['fastify', 'express'] : ['express', 'fastify']) as Adapter[]) {
      runs[adapter].push(await measure(adapter, requests, tokens));
      console.error(`round ${r + 1} ${adapter}: ${JSON.stringify(runs[adapter].at(-1))}`);
    }
  }
  const median = (xs: number[]) => Math.round(percentile(xs, 50));
  const ratio = (k: 'trivial' | 'answer') => Math.round(percentile(runs.fastify.map((f, i) => f[k] / runs.express[i][k]), 50) * 100) / 100;
  const result = {
    requests,
    rounds,
    expressTrivialPerSec: median(runs.express.map((x) => x.trivial)),
    fastifyTrivialPerSec: median(runs.fastify.map((x) => x.trivial)),
    expressAnswerShapedPerSec: median(runs.express.map((x) => x.answer)),
    fastifyAnswerShapedPerSec: median(runs.fastify.map((x) => x.answer)),
    fastifyVsExpressTrivial: ratio('trivial'),
    fastifyVsExpressAnswerShaped: ratio('answer'),
  };
  console.table(result);
  console.log(JSON.stringify(result));
}

if (process.argv[2] === '--serve') {
  void serve(process.argv[3] as Adapter, Number(process.argv[4]));
} else {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
