import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { GradingQueue } from '../queue/grading.queue';
import type { HealthReport } from '@jingsai/domain';

async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: GradingQueue,
  ) {}

  /** Liveness only (no database, no Redis): for a load balancer's frequent checks, and the benchmark's ceiling. */
  @Public()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** 200 when both the database and Redis answer, 503 otherwise; always says which one failed. */
  @Public()
  @Get()
  async check(@Res({ passthrough: true }) res: FastifyReply): Promise<HealthReport> {
    const [db, redis] = await Promise.all([
      within(2000, this.db.query('SELECT 1')).then(() => 'ok', (e: Error) => `down: ${e.message}`),
      within(2000, this.queue.ping()).then(() => 'ok', (e: Error) => `down: ${e.message}`),
    ]);
    const ok = db === 'ok' && redis === 'ok';
    if (!ok) res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'degraded', db, redis, driver: this.db.options.type };
  }
}
