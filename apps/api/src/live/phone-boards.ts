import { Injectable } from '@nestjs/common';
import { LiveEvent } from '@jingsai/domain';
import { BOARD_PUSH_INTERVAL_MS, phoneBoardIntervalMs } from '@jingsai/scoring';
import { liveRooms, type LiveNamespace } from './live-rooms';
import { LiveSnapshots } from './live-snapshots';
import { PacedPushes } from './paced-pushes';

/**
 * The leaderboard on contestants' phones, paced by how many phones this node serves: with thousands of
 * phones, writing every board to every one of them twice a second would take the node's time from answers.
 * Each push sends the latest public board (kept by LiveSnapshots), so a slower pace only skips boards that
 * were already out of date; the last change always arrives.
 */
@Injectable()
export class PhoneBoards {
  private readonly pushes = new PacedPushes(BOARD_PUSH_INTERVAL_MS);

  constructor(private readonly snapshots: LiveSnapshots) {}

  /** The contest's public board changed (and is kept in the snapshots). */
  changed(server: LiveNamespace, contestId: string): void {
    const phones = server.adapter.rooms.get(liveRooms.phoneBoard(contestId))?.size ?? 0;
    if (phones > 0) this.pushes.request(contestId, () => void this.push(server, contestId), phoneBoardIntervalMs(phones));
  }

  stop(): void {
    this.pushes.stop();
  }

  private async push(server: LiveNamespace, contestId: string): Promise<void> {
    const board = await this.snapshots.publicBoard(contestId).catch(() => null);
    if (board) server.to(liveRooms.phoneBoard(contestId)).emit(LiveEvent.Leaderboard, board);
  }
}
