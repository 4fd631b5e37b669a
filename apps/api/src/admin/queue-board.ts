import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { TokenService } from '../auth/token.service';
import { errorBody } from '../common/http-error.filter';
import { AppError } from '../common/app-error';
import { GradingQueue } from '../queue/grading.queue';

export const QUEUE_BOARD_PATH = '/admin/queues';
export const QUEUE_BOARD_COOKIE = 'jingsai_queue_board';
export const QUEUE_BOARD_PURPOSE = 'queue-board';
/** The board's cookie lives this long; a signed-in admin asks for a new one. */
export const QUEUE_BOARD_SECONDS = 10 * 60;

function cookieToken(req: FastifyRequest): string | null {
  const match = new RegExp(`(?:^|;\\s*)${QUEUE_BOARD_COOKIE}=([^;]+)`).exec(req.headers.cookie ?? '');
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * Bull Board for admins only. A signed-in admin's console asks POST /api/admin/queue-board/session,
 * which sets a short-lived httpOnly cookie scoped to this path; no token ever travels in a URL.
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const tokens = app.get(TokenService);
  const queue = app.get(GradingQueue);
  const adapter = new FastifyAdapter().setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: [new BullMQAdapter(queue.raw)], serverAdapter: adapter });

  // Its own scope: the cookie check guards the board's pages and its API, and nothing else.
  await app.register(
    async (board: FastifyInstance) => {
      board.addHook('onRequest', async (req, reply) => {
        const token = cookieToken(req);
        if (token && tokens.verifyPurpose(token, QUEUE_BOARD_PURPOSE)) return;
        const body = errorBody(new AppError('QUEUE_BOARD_SIGN_IN'));
        return reply.status(body.statusCode).send(body);
      });
      await board.register(adapter.registerPlugin());
    },
    { prefix: QUEUE_BOARD_PATH },
  );
}
