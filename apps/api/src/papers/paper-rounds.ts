import { Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error';
import type { ContestantPrincipal, Principal } from '../common/principal';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import { isPaperRound } from '../round-kinds/registry';
import type { PaperRound } from '../round-kinds/written/written.kind';


/** Finds a paper round for its organizer or for one of its contestants, access checked first. */
@Injectable()
export class PaperRounds {
  constructor(private readonly contests: ContestRepository) {}

  /** Access first: a caller who may not manage the contest learns nothing about its rounds. */
  async managed(principal: Principal, roundId: string): Promise<PaperRound> {
    const round = await this.contests.findRound(roundId);
    const contest = round ? await this.contests.findContest(round.contestId) : null;
    if (!contest) throw new AppError('ROUND_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
    return this.paperRound(roundId);
  }

  async forContestant(principal: Principal, roundId: string): Promise<{ round: PaperRound; me: ContestantPrincipal }> {
    const round = await this.contests.findRound(roundId);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    const me = ContestAccess.assertContestant(principal, round.contestId);
    return { round: await this.paperRound(roundId), me };
  }

  private async paperRound(roundId: string): Promise<PaperRound> {
    const round = await this.contests.findRound(roundId);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    if (!isPaperRound(round)) throw new AppError('ROUND_HAS_NO_PAPER');
    return round;
  }
}
