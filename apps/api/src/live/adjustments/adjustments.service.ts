import { Injectable } from '@nestjs/common';
import { round2 } from '@jingsai/scoring';
import { AppError } from '../../common/app-error';
import { Clock } from '../../common/clock';
import type { Principal } from '../../common/principal';
import { ContestAccess } from '../../contests/contest-access';
import { ContestRepository } from '../../contests/contest.repository';
import { LeaderboardService } from '../../leaderboard/leaderboard.service';
import { LiveEventBus } from '../../queue/live-event-bus';
import { LiveStateRepository } from '../live-state.repository';
import type { AdjustmentReceipt } from '@jingsai/domain';

export type { AdjustmentReceipt };

/** Manual score adjustments (加减分): always with a reason, always audited, pushed to every board. */
@Injectable()
export class AdjustmentsService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly state: LiveStateRepository,
    private readonly leaderboard: LeaderboardService,
    private readonly bus: LiveEventBus,
    private readonly clock: Clock,
  ) {}

  async adjust(principal: Principal, contestId: string, input: { teamId: string; points: number; reason: string }): Promise<AdjustmentReceipt> {
    if (principal.kind !== 'staff') throw new AppError('FORBIDDEN');
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
    const reason = input.reason.trim();
    if (!reason) throw new AppError('ADJUSTMENT_REASON_REQUIRED');
    if (!Number.isFinite(input.points) || input.points === 0) throw new AppError('ADJUSTMENT_ZERO');
    const team = await this.contests.findTeam(input.teamId);
    if (!team || team.contestId !== contestId) throw new AppError('TEAM_NOT_FOUND');

    const board = await this.leaderboard.compute(contestId, 'staff');
    const before = board.rows.find((r) => r.teamId === team.id)?.score ?? contest.baseScore;
    const after = round2(before + input.points);
    const at = this.clock.now();
    const row = await this.state.insertAdjustment(
      { contestId, teamId: team.id, points: input.points, reason, createdBy: principal.userId, createdAt: at },
      {
        contestId,
        actorId: principal.userId,
        action: 'score.adjust',
        before: { teamId: team.id, teamName: team.name, score: before },
        after: { teamId: team.id, teamName: team.name, score: after, points: input.points, by: principal.username },
        reason,
        createdAt: at,
      },
    );
    const version = await this.contests.bumpVersion(contestId);
    await this.bus.publish({ type: 'board-changed', contestId });
    return { id: row.id, teamId: team.id, points: input.points, reason, before, after, createdAt: at.toISOString(), version };
  }
}
