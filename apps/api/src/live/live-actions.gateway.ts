import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import type { Socket } from 'socket.io';
import type { ActionAck, BuzzResult, StakeResult, SubmissionReceipt } from '@jingsai/domain';
import { SessionRegistry } from '../auth/session-registry';
import { AppError } from '../common/app-error';
import { errorBody } from '../common/http-error.filter';
import { validationMessage } from '../common/validation-messages';
import type { ContestantPrincipal } from '../common/principal';
import { SubmitAnswerDto } from '../submissions/submissions.dto';
import { SubmissionsService } from '../submissions/submissions.service';
import { BuzzService } from './buzzer/buzz.service';
import { BuzzDto, StakeDto } from './live-control.dto';
import { StakesService } from './stakes/stakes.service';

/** What a socket action acknowledges: the route's result, or the same `{statusCode, error, message, code}` HTTP would send. */
export type { ActionAck };

/**
 * A contestant's actions over the live socket they already hold — no HTTP parse, no token per request:
 * `answer`, `buzz` and `stake`, each with an acknowledgement. The same services decide as for the HTTP
 * routes (rules, clientKey idempotency, rate limits, server time, result visibility); the session is
 * checked on every action, so a session that ended is refused at once.
 */
@WebSocketGateway({ namespace: '/live', cors: { origin: true } })
export class LiveActionsGateway {
  constructor(
    private readonly sessions: SessionRegistry,
    private readonly submissions: SubmissionsService,
    private readonly buzzes: BuzzService,
    private readonly stakes: StakesService,
  ) {}

  /** A no-op with an acknowledgement: a phone measures its round trip; the benchmark, the socket's ceiling. */
  @SubscribeMessage('ping')
  ping(): { pong: number } {
    return { pong: Date.now() };
  }

  @SubscribeMessage('answer')
  answer(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<ActionAck<SubmissionReceipt>> {
    return this.act(socket, SubmitAnswerDto, body, (me, dto) => this.submissions.submit(me, me.contestId, dto));
  }

  @SubscribeMessage('buzz')
  buzz(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<ActionAck<BuzzResult>> {
    return this.act(socket, BuzzDto, body, (me, dto) => this.buzzes.buzz(me, me.contestId, dto.questionId));
  }

  @SubscribeMessage('stake')
  stake(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<ActionAck<StakeResult>> {
    return this.act(socket, StakeDto, body, (me, dto) => this.stakes.place(me, me.contestId, dto.questionId, dto.points));
  }

  private async act<D extends object, R>(socket: Socket, dtoClass: ClassConstructor<D>, body: unknown, run: (me: ContestantPrincipal, dto: D) => Promise<R>): Promise<ActionAck<R>> {
    try {
      const me = socket.data.principal as ContestantPrincipal | undefined;
      if (!me) throw new AppError('CONNECT_AS_CONTESTANT');
      await this.sessions.assertCurrent(me);
      return await run(me, await validated(dtoClass, body));
    } catch (error) {
      return errorBody(error);
    }
  }
}

/** The same checks the HTTP ValidationPipe makes (whitelist, no unknown fields), answered as a 400. */
async function validated<D extends object>(dtoClass: ClassConstructor<D>, body: unknown): Promise<D> {
  const dto = plainToInstance(dtoClass, typeof body === 'object' && body !== null ? body : {});
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw AppError.detailed('VALIDATION_FAILED', validationMessage(errors));
  return dto;
}
