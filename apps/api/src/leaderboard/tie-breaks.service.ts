import { Injectable } from '@nestjs/common';
import { ranksNeedingTieBreak } from '@jingsai/scoring';
import { AppError } from '../common/app-error';
import type { Principal } from '../common/principal';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import { LeaderboardService } from './leaderboard.service';
import type { TieBreakGroup } from '@jingsai/domain';

export type { TieBreakGroup };

/**
 * 加赛: the teams sharing a podium place on the live (staff) board, after every tie-break key
 * (tie-break rounds, fewer wrong, earlier last correct), so the organizer knows who plays it.
 */
@Injectable()
export class TieBreaksService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly leaderboard: LeaderboardService,
  ) {}

  async groups(principal: Principal, contestId: string): Promise<{ version: number; groups: TieBreakGroup[] }> {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
    const board = await this.leaderboard.compute(contestId, 'staff');
    const rows = new Map(board.rows.map((r) => [r.teamId, r]));
    const groups = ranksNeedingTieBreak(board).map((teamIds) => {
      const first = rows.get(teamIds[0]);
      return {
        rank: first?.rank ?? 0,
        score: first?.score ?? 0,
        teams: teamIds.map((teamId) => ({ teamId, teamName: rows.get(teamId)?.teamName ?? '' })),
      };
    });
    return { version: board.version, groups };
  }
}
