import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { TokenService } from '../auth/token.service';
import { errorBody } from '../common/http-error.filter';
import { AppError } from '../common/app-error';
import { GradingQueue } from '../queue/grading.queue';

export const QUEUE_BOARD_PATH = '/admin/queues';
export const QUEUE_BOARD_COOKIE = 'jingsai_queue_board';
export const QUEUE_BOARD_PURPOSE = 'queue-board';
/** The board's cookie lives this long; a signed-in admin asks for a new one. */
export const QUEUE_BOARD_SECONDS = 10 * 60;

function cookieToken(req: Request): string | null {
  const match = new RegExp(`(?:^|;\\s*)${QUEUE_BOARD_COOKIE}=([^;]+)`).exec(req.headers.cookie ?? '');
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * Bull Board for admins only. A signed-in admin's console asks POST /api/admin/queue-board/session,
 * which sets a short-lived httpOnly cookie scoped to this path; no token ever travels in a URL.
 */
export function mountQueueBoard(app: NestExpressApplication): void {
  const tokens = app.get(TokenService);
  const queue = app.get(GradingQueue);
  const adapter = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: [new BullMQAdapter(queue.raw)], serverAdapter: adapter });

  const adminOnly = (req: Request, res: Response, next: NextFunction) => {
    const token = cookieToken(req);
    if (token && tokens.verifyPurpose(token, QUEUE_BOARD_PURPOSE)) return next();
    const body = errorBody(new AppError('QUEUE_BOARD_SIGN_IN'));
    res.status(body.statusCode).json(body);
  };
  app.use(QUEUE_BOARD_PATH, adminOnly, adapter.getRouter() as (req: Request, res: Response, next: NextFunction) => void);
}
