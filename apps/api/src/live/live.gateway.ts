import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { OnGatewayConnection, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { LiveEvent } from '@jingsai/domain';
import { PushCoalescer } from '@jingsai/scoring';
import type { Namespace, Socket } from 'socket.io';
import { TokenService } from '../auth/token.service';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import { LeaderboardService } from '../leaderboard/leaderboard.service';
import { LiveEventBus, type LiveBusMessage } from '../queue/live-event-bus';
import type { Principal } from '../common/principal';
import { LiveService } from './live.service';
import { liveRooms } from './live-rooms';
import { ResultPusher } from './result-pusher';

const PUSH_INTERVAL_MS = 500; // at most 2 leaderboard pushes a second per contest

/**
 * Socket.IO namespace /live. Connect with `auth: {token}` (contestant, or staff + contestId)
 * or `auth: {contestId}` alone for the public big screen. On connect the client gets a snapshot
 * (`live` + `leaderboard`), so a reconnect never misses state.
 */
@WebSocketGateway({ namespace: '/live', cors: { origin: true } })
export class LiveGateway implements OnGatewayConnection, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LiveGateway.name);
  @WebSocketServer() private readonly server!: Namespace;
  private readonly coalescers = new Map<string, PushCoalescer>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly tokens: TokenService,
    private readonly contests: ContestRepository,
    private readonly leaderboard: LeaderboardService,
    private readonly live: LiveService,
    private readonly bus: LiveEventBus,
    private readonly results: ResultPusher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bus.subscribe((message) => void this.onBusMessage(message));
    this.bus.onReconnect(() => {
      for (const contestId of this.localContests()) void this.resync(contestId);
    });
  }

  onModuleDestroy(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.results.stop();
  }

  async handleConnection(socket: Socket): Promise<void> {
    try {
      const auth = (socket.handshake.auth ?? {}) as { token?: unknown; contestId?: unknown };
      const principal: Principal | null = typeof auth.token === 'string' ? this.tokens.verify(auth.token) : null;
      const contestId = principal?.kind === 'contestant' ? principal.contestId : typeof auth.contestId === 'string' ? auth.contestId : null;
      const contest = contestId && /^[0-9a-f-]{36}$/i.test(contestId) ? await this.contests.findContest(contestId) : null;
      if (!contest) throw new Error('Unknown contest / 竞赛不存在');
      const staff = principal !== null && principal.kind === 'staff' && (ContestAccess.canManage(principal, contest) || (await this.contests.isJudge(contest.id, principal.userId)));
      await socket.join([liveRooms.all(contest.id), staff ? liveRooms.staff(contest.id) : liveRooms.publicBoard(contest.id)]);
      if (principal?.kind === 'contestant') await socket.join([liveRooms.team(principal.teamId), liveRooms.contestant(principal.contestantId)]);
      const [view, board] = await Promise.all([this.live.view(contest.id), this.leaderboard.compute(contest.id, staff ? 'staff' : 'public')]);
      socket.emit('live', view);
      socket.emit(LiveEvent.Leaderboard, board);
    } catch (error) {
      socket.emit('error', { message: (error as Error).message });
      socket.disconnect(true);
    }
  }

  private async onBusMessage(message: LiveBusMessage): Promise<void> {
    try {
      switch (message.type) {
        case 'question-opened': {
          const view = await this.live.view(message.contestId);
          this.server.to(liveRooms.all(message.contestId)).emit(LiveEvent.QuestionOpened, { ...view, roundId: view.round?.id });
          break;
        }
        case 'question-closed': {
          const view = await this.live.view(message.contestId);
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
        case 'contest-event':
          this.server.to(liveRooms.all(message.contestId)).emit(message.event, message.payload);
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
    this.server.to(liveRooms.all(contestId)).emit('live', await this.live.view(contestId));
    await this.pushBoard(contestId);
  }

  /** Coalesces leaderboard pushes: many grades in a burst become at most 2 pushes a second. */
  private scheduleBoardPush(contestId: string): void {
    let coalescer = this.coalescers.get(contestId);
    if (!coalescer) this.coalescers.set(contestId, (coalescer = new PushCoalescer(PUSH_INTERVAL_MS)));
    const decision = coalescer.request(Date.now());
    if (decision.pushNow) void this.pushBoard(contestId);
    else if (decision.pushAt !== undefined) {
      const timer = setTimeout(() => {
        this.timers.delete(contestId);
        coalescer.timerFired(Date.now());
        void this.pushBoard(contestId);
      }, Math.max(0, decision.pushAt - Date.now()));
      this.timers.set(contestId, timer);
    }
  }

  private async pushBoard(contestId: string): Promise<void> {
    try {
      const boards = await this.leaderboard.computeForAll(contestId);
      this.server.to(liveRooms.publicBoard(contestId)).emit(LiveEvent.Leaderboard, boards.public);
      this.server.to(liveRooms.staff(contestId)).emit(LiveEvent.Leaderboard, boards.staff);
    } catch (error) {
      this.logger.warn(`Leaderboard push failed for ${contestId}: ${(error as Error).message}`);
    }
  }
}
