import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Leaderboard } from '@jingsai/domain';
import { Clock } from '../common/clock';
import { LeaderboardService } from '../leaderboard/leaderboard.service';
import { LiveEventBus, type LiveBusMessage } from '../queue/live-event-bus';
import { LiveService, type LiveView } from './live.service';

/** A snapshot is trusted this long even without a change announced (a last-minutes freeze starts by the clock). */
const MAX_AGE_MS = 5_000;
/** Contests kept at most; the least recently used go first. */
const MAX_CONTESTS = 500;

interface Entry {
  view?: Promise<LiveView>;
  viewAt?: number;
  board?: Promise<Leaderboard>;
  boardAt?: number;
}

/**
 * What anonymous screens and phones read (the live view and the public board), computed once per
 * change per node however many of them connect or poll: every change on the live bus drops it.
 */
@Injectable()
export class LiveSnapshots implements OnApplicationBootstrap {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly live: LiveService,
    private readonly leaderboard: LeaderboardService,
    private readonly bus: LiveEventBus,
    private readonly clock: Clock,
  ) {}

  /** Changes made here drop the snapshot before the change is answered; changes elsewhere when announced. */
  async onApplicationBootstrap(): Promise<void> {
    const drop = (message: LiveBusMessage) => {
      if (message.type === 'graded' || message.type === 'board-changed') this.forgetBoard(message.contestId);
      else if (message.type === 'resync') for (const id of message.contestIds) this.entries.delete(id);
      else if ('contestId' in message) this.entries.delete(message.contestId);
    };
    this.bus.onPublish(drop);
    await this.bus.subscribe(drop);
    this.bus.onReconnect(() => this.entries.clear());
  }

  async view(contestId: string): Promise<LiveView> {
    const entry = this.entry(contestId);
    const now = this.clock.now().getTime();
    if (!entry.view || now - (entry.viewAt ?? 0) > MAX_AGE_MS) {
      entry.view = this.live.view(contestId);
      entry.viewAt = now;
      entry.view.catch(() => this.entries.delete(contestId));
    }
    // The server's time is now, not when the snapshot was taken: countdowns read it.
    return { ...(await entry.view), serverTime: new Date(now).toISOString() };
  }

  publicBoard(contestId: string): Promise<Leaderboard> {
    const entry = this.entry(contestId);
    const now = this.clock.now().getTime();
    if (!entry.board || now - (entry.boardAt ?? 0) > MAX_AGE_MS) {
      entry.board = this.leaderboard.compute(contestId, 'public');
      entry.boardAt = now;
      entry.board.catch(() => this.entries.delete(contestId));
    }
    return entry.board;
  }

  /** A board just computed for a push: the next readers take it. */
  keepBoard(contestId: string, board: Leaderboard): void {
    const entry = this.entry(contestId);
    entry.board = Promise.resolve(board);
    entry.boardAt = this.clock.now().getTime();
  }

  /** Something this node learned changes the view (a buzz turn passed). */
  forget(contestId: string): void {
    this.entries.delete(contestId);
  }

  private forgetBoard(contestId: string): void {
    const entry = this.entries.get(contestId);
    if (entry) entry.board = undefined;
  }

  private entry(contestId: string): Entry {
    let entry = this.entries.get(contestId);
    if (entry) this.entries.delete(contestId);
    else entry = {};
    // Re-inserted last: the map's order is the use order, so the oldest is dropped first.
    this.entries.set(contestId, entry);
    if (this.entries.size > MAX_CONTESTS) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }
}
