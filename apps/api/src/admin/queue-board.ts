import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { TokenService } from '../auth/token.service';
import { bearerToken } from '../auth/auth.guard';
import { errorBody } from '../common/http-error.filter';
import { AppError, ErrorCode } from '../common/app-error';
import { GradingQueue } from '../queue/grading.queue';

export const QUEUE_BOARD_PATH = '/admin/queues';
const COOKIE = 'jingsai_admin_token';

function cookieToken(req: Request): string | null {
  const match = new RegExp(`(?:^|;\\s*)${COOKIE}=([^;]+)`).exec(req.headers.cookie ?? '');
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * Bull Board for admins only. A browser opens `/admin/queues?token=<admin access token>` once; the token
 * is then kept in an httpOnly cookie scoped to this path for the board's own requests.
 */
export function mountQueueBoard(app: NestExpressApplication): void {
  const tokens = app.get(TokenService);
  const queue = app.get(GradingQueue);
  const adapter = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: [new BullMQAdapter(queue.raw)], serverAdapter: adapter });

  const adminOnly = (req: Request, res: Response, next: NextFunction) => {
    try {
      const queryToken = typeof req.query.token === 'string' ? req.query.token : null;
      const token = bearerToken(req.headers.authorization) ?? queryToken ?? cookieToken(req);
      if (!token) throw new AppError(ErrorCode.Unauthenticated, '请先以管理员登录 / Sign in as an admin first');
      const principal = tokens.verify(token);
      if (principal.role !== 'admin') throw AppError.forbidden();
      if (queryToken) res.cookie(COOKIE, queryToken, { httpOnly: true, sameSite: 'strict', path: QUEUE_BOARD_PATH, maxAge: 12 * 3600 * 1000 });
      next();
    } catch (error) {
      const body = errorBody(error);
      res.status(body.statusCode).json(body);
    }
  };
  app.use(QUEUE_BOARD_PATH, adminOnly, adapter.getRouter() as (req: Request, res: Response, next: NextFunction) => void);
}
