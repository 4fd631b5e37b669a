import { Injectable } from '@nestjs/common';
import { LiveEvent, type LiveClientEvents, type LiveServerEvents } from '@jingsai/domain';
import { phoneBoardIntervalMs, PushCoalescer } from '@jingsai/scoring';
import type { Namespace } from 'socket.io';
import { liveRooms } from './live-rooms';
import { LiveSnapshots } from './live-snapshots';

type LiveNamespace = Namespace<LiveClientEvents, LiveServerEvents>;

/**
 * The leaderboard on contestants' phones, paced by how many phones this node serves: with thousands of
 * phones, writing every board to every one of them twice a second would take the node's time from answers.
 * Each push sends the latest public board (kept by LiveSnapshots), so a slower pace only skips boards that
 * were already out of date; the last change always arrives.
 */
@Injectable()
export class PhoneBoards {
  private readonly coalescers = new Map<string, PushCoalescer>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly snapshots: LiveSnapshots) {}

  /** The contest's public board changed (and is kept in the snapshots). */
  changed(server: LiveNamespace, contestId: string): void {
    const phones = server.adapter.rooms.get(liveRooms.phoneBoard(contestId))?.size ?? 0;
    if (phones === 0) return;
    let coalescer = this.coalescers.get(contestId);
    if (!coalescer) this.coalescers.set(contestId, (coalescer = new PushCoalescer()));
    const decision = coalescer.request(Date.now(), phoneBoardIntervalMs(phones));
    if (decision.pushNow) void this.push(server, contestId);
    else if (decision.pushAt !== undefined) {
      const timer = setTimeout(() => {
        this.timers.delete(contestId);
        coalescer.timerFired(Date.now());
        void this.push(server, contestId);
      }, Math.max(0, decision.pushAt - Date.now()));
      this.timers.set(contestId, timer);
    }
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async push(server: LiveNamespace, contestId: string): Promise<void> {
    const board = await this.snapshots.publicBoard(contestId).catch(() => null);
    if (board) server.to(liveRooms.phoneBoard(contestId)).emit(LiveEvent.Leaderboard, board);
  }
}
