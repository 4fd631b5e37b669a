import { Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { TokenService } from '../auth/token.service';
import type { Principal } from '../common/principal';
import { QUEUE_BOARD_COOKIE, QUEUE_BOARD_PATH, QUEUE_BOARD_PURPOSE, QUEUE_BOARD_SECONDS } from './queue-board';
import type { QueueBoardSession } from '@jingsai/domain';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class AdminController {
  constructor(private readonly tokens: TokenService) {}

  /** Opens the queue board for this browser: a short-lived cookie for /admin/queues only. */
  @Roles('admin')
  @Post('queue-board/session')
  @HttpCode(200)
  queueBoard(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: FastifyReply): QueueBoardSession {
    const subject = principal.kind === 'staff' ? principal.userId : '';
    const token = encodeURIComponent(this.tokens.signPurpose(subject, QUEUE_BOARD_PURPOSE, QUEUE_BOARD_SECONDS));
    res.header('set-cookie', `${QUEUE_BOARD_COOKIE}=${token}; Max-Age=${QUEUE_BOARD_SECONDS}; Path=${QUEUE_BOARD_PATH}; HttpOnly; SameSite=Strict`);
    return { url: `${QUEUE_BOARD_PATH}/`, expiresInSeconds: QUEUE_BOARD_SECONDS };
  }
}
