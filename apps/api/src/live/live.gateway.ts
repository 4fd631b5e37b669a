import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { LiveEvent, type ContestRoomEvent, type LiveClientEvents, type LiveServerEvents } from '@jingsai/domain';
import { BOARD_PUSH_INTERVAL_MS } from '@jingsai/scoring';
import type { Socket } from 'socket.io';
import { SessionRegistry } from '../auth/session-registry';
import { TokenService } from '../auth/token.service';
import { AppError } from '../common/app-error';
import { TokenBuckets } from '../common/rate-limiter';
import { AppConfig } from '../config/app-config';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import { LeaderboardService } from '../leaderboard/leaderboard.service';
import { LiveEventBus, type LiveBusMessage } from '../queue/live-event-bus';
import type { Principal } from '../common/principal';
import { LiveSnapshots } from './live-snapshots';
import { liveRooms, type LiveNamespace } from './live-rooms';
import { PacedPushes } from './paced-pushes';
import { PhoneBoards } from './phone-boards';
import { ResultPusher } from './result-pusher';


/**
 * Socket.IO namespace /live. Connect with `auth: {token}` (contestant, or staff + contestId)
 * or `auth: {contestId}` alone for the public big screen. On connect the client gets a snapshot
 * (`live` + `leaderboard`), so a reconnect never misses state.
 *
 * Rooms: everyone but judges is in the contest room (live events) and in the public or the staff
 * board room; a contestant also in its team's and its own; a judge only in the contest's judges room
 * (blind review: no board, no team names); staff also in their user room, so a session that ends
 * loses its sockets on every node.
 */
@WebSocketGateway({ namespace: '/live', cors: { origin: true } })
export class LiveGateway implements OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LiveGateway.name);
  @WebSocketServer() private readonly server!: LiveNamespace;
  private readonly boardPushes = new PacedPushes(BOARD_PUSH_INTERVAL_MS);
  /** Open sockets per client address on this node, and new connections per second per address. */
  private readonly perAddress = new Map<string, number>();
  private readonly connectRate: TokenBuckets | null;

  constructor(
    private readonly tokens: TokenService,
    private readonly sessions: SessionRegistry,
    private readonly contests: ContestRepository,
    private readonly leaderboard: LeaderboardService,
    private readonly snapshots: LiveSnapshots,
    private readonly bus: LiveEventBus,
    private readonly results: ResultPusher,
    private readonly phoneBoards: PhoneBoards,
    private readonly config: AppConfig,
  ) {
    this.connectRate = config.rateLimitPerIp > 0 ? new TokenBuckets(config.rateLimitPerIp * 2, config.rateLimitPerIp) : null;
  }

  /** Before any work: a flood of connections from one address is refused like a flood of requests. */
  afterInit(server: LiveNamespace): void {
    server.use((socket, next) => {
      const forwarded = this.config.trustProxy !== false ? String(socket.handshake.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
      const address = forwarded || socket.handshake.address;
      const open = this.perAddress.get(address) ?? 0;
      if (this.config.socketsPerAddress > 0 && open >= this.config.socketsPerAddress) return next(new AppError('TOO_MANY_SOCKETS'));
      if (this.connectRate && !this.connectRate.take(address, Date.now())) return next(new AppError('RATE_LIMITED'));
      this.perAddress.set(address, open + 1);
      socket.data.address = address;
      next();
    });
  }

  handleDisconnect(socket: Socket<LiveClientEvents, LiveServerEvents>): void {
    const address = socket.data.address as string | undefined;
    if (!address) return;
    const open = (this.perAddress.get(address) ?? 1) - 1;
    if (open > 0) this.perAddress.set(address, open);
    else this.perAddress.delete(address);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.bus.subscribe((message) => void this.onBusMessage(message));
    this.bus.onReconnect(() => {
      for (const contestId of this.localContests()) void this.resync(contestId);
    });
  }

  onModuleDestroy(): void {
    this.boardPushes.stop();
    this.results.stop();
    this.phoneBoards.stop();
  }

  async handleConnection(socket: Socket<LiveClientEvents, LiveServerEvents>): Promise<void> {
    try {
      const auth = (socket.handshake.auth ?? {}) as { token?: unknown; contestId?: unknown };
      const principal: Principal | null = typeof auth.token === 'string' ? this.tokens.verify(auth.token) : null;
      if (principal) await this.sessions.assertCurrent(principal);
      if (principal?.kind === 'staff' && principal.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED');
      const contestId = principal?.kind === 'contestant' ? principal.contestId : typeof auth.contestId === 'string' ? auth.contestId : null;
      if (!contestId || !/^[0-9a-f-]{36}$/i.test(contestId)) throw new AppError('LIVE_UNKNOWN_CONTEST');
      if (principal?.kind === 'staff') {
        const contest = await this.contests.findContest(contestId);
        if (!contest) throw new AppError('LIVE_UNKNOWN_CONTEST');
        await socket.join(liveRooms.user(principal.userId));
        if (ContestAccess.canManage(principal, contest)) {
          await socket.join([liveRooms.all(contestId), liveRooms.staff(contestId)]);
          socket.emit(LiveEvent.Live, await this.snapshots.view(contestId));
          socket.emit(LiveEvent.Leaderboard, await this.leaderboard.compute(contestId, 'staff'));
          return;
        }
        if (!(await this.contests.isJudge(contestId, principal.userId))) throw new AppError('FORBIDDEN');
        await socket.join(liveRooms.judges(contestId));
        return;
      }
      const view = await this.snapshots.view(contestId).catch(() => null);
      if (!view) throw new AppError('LIVE_UNKNOWN_CONTEST');
      if (principal?.kind === 'contestant') {
        await socket.join([liveRooms.all(contestId), liveRooms.phoneBoard(contestId), liveRooms.team(principal.teamId), liveRooms.contestant(principal.contestantId)]);
        // A contestant acts over this socket too (answer, buzz, stake): it carries who they are.
        socket.data.principal = principal;
      } else {
        await socket.join([liveRooms.all(contestId), liveRooms.publicBoard(contestId)]);
      }
      socket.emit(LiveEvent.Live, view);
      socket.emit(LiveEvent.Leaderboard, await this.snapshots.publicBoard(contestId));
    } catch (error) {
      // The code lets a phone tell an ended session (sign in or join again) from other refusals.
      const code = error instanceof AppError ? error.code : 'REFUSED';
      socket.emit('error', { message: (error as Error).message, code });
      socket.disconnect(true);
    }
  }

  private async onBusMessage(message: LiveBusMessage): Promise<void> {
    try {
      switch (message.type) {
        case 'question-opened': {
          const view = await this.snapshots.view(message.contestId);
          this.server.to(liveRooms.all(message.contestId)).emit(LiveEvent.QuestionOpened, { ...view, roundId: view.round?.id });
          break;
        }
        case 'question-closed': {
          const view = await this.snapshots.view(message.contestId);
          this.server.to(liveRooms.all(message.contestId)).emit(LiveEvent.QuestionClosed, { ...view, roundId: view.round?.id, questionId: view.question?.id });
          break;
        }
        case 'graded':
          this.results.graded(this.server, message);
          this.scheduleBoardPush(message.contestId);
          break;
        case 'results-released':
          await this.results.released(this.server, message);
          this.scheduleBoardPush(message.contestId);
          break;
        case 'board-changed':
          this.scheduleBoardPush(message.contestId);
          break;
        case 'resync':
          for (const contestId of message.contestIds) await this.resync(contestId);
          break;
        case 'session-changed':
          // The room of that user or member: its sockets reconnect and are checked again.
          this.server.in(message.key).disconnectSockets(true);
          break;
        case 'contest-event':
          // Typed where it was published (ContestRoomEvent): relayed as it is.
          (this.server.to(liveRooms.all(message.contestId)) as unknown as { emit(event: ContestRoomEvent['event'], payload: unknown): boolean }).emit(message.event, message.payload);
          break;
      }
    } catch (error) {
      this.logger.warn(`Live push failed: ${(error as Error).message}`);
    }
  }

  /** Contests with sockets on this node. */
  private localContests(): string[] {
    const prefix = liveRooms.all('');
    return [...this.server.adapter.rooms.keys()].filter((room) => room.startsWith(prefix) && !room.slice(prefix.length).includes(':')).map((room) => room.slice(prefix.length));
  }

  /** A fresh snapshot (live view and boards) for a contest's screens on this node, after events may have been missed. */
  private async resync(contestId: string): Promise<void> {
    if (!this.server.adapter.rooms.has(liveRooms.all(contestId))) return;
    this.server.to(liveRooms.all(contestId)).emit(LiveEvent.Live, await this.snapshots.view(contestId));
    await this.pushBoard(contestId);
  }

  /** Coalesces leaderboard pushes: many grades in a burst become at most 2 pushes a second. */
  private scheduleBoardPush(contestId: string): void {
    this.boardPushes.request(contestId, () => void this.pushBoard(contestId));
  }

  private async pushBoard(contestId: string): Promise<void> {
    try {
      const boards = await this.leaderboard.computeForAll(contestId);
      this.snapshots.keepBoard(contestId, boards.public);
      this.server.to(liveRooms.publicBoard(contestId)).emit(LiveEvent.Leaderboard, boards.public);
      this.server.to(liveRooms.staff(contestId)).emit(LiveEvent.Leaderboard, boards.staff);
      this.phoneBoards.changed(this.server, contestId);
    } catch (error) {
      this.logger.warn(`Leaderboard push failed for ${contestId}: ${(error as Error).message}`);
    }
  }
}
