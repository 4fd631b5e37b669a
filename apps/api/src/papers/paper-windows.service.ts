import { Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error';
import { AnswerClock } from '../common/answer-clock';
import type { Principal } from '../common/principal';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import type { ContestEntity, PaperWindowEntity } from '../database/entities';
import { LiveService } from '../live/live.service';
import { LiveEventBus } from '../queue/live-event-bus';
import { isPaperRound } from '../round-kinds/registry';
import type { PaperRound } from '../round-kinds/written/written.kind';
import { PaperRepository } from './paper.repository';
import { PaperRounds } from './paper-rounds';

/** The organizer's side of a paper round: its window opens and closes for everyone at once. */
@Injectable()
export class PaperWindowsService {
  constructor(
    private readonly papers: PaperRepository,
    private readonly rounds: PaperRounds,
    private readonly contests: ContestRepository,
    private readonly bus: LiveEventBus,
    private readonly clock: AnswerClock,
    private readonly live: LiveService,
  ) {}

  async openWindow(principal: Principal, roundId: string) {
    const round = await this.rounds.managed(principal, roundId);
    await this.live.startIfDraft((await this.contests.findContest(round.contestId)) as ContestEntity);
    const existing = await this.papers.findWindow(roundId);
    if (existing?.closedAt) throw new AppError('PAPER_ALREADY_COLLECTED');
    const window = existing ?? (await this.papers.openWindow(roundId, round.contestId, this.clock.now()));
    if (!existing) await this.announce(round.contestId, 'paper.opened', roundId);
    return describeWindow(round, window);
  }

  async closeWindow(principal: Principal, roundId: string) {
    const round = await this.rounds.managed(principal, roundId);
    if (!(await this.papers.closeWindow(roundId, this.clock.now()))) {
      throw new AppError('PAPER_NOT_RUNNING');
    }
    await this.announce(round.contestId, 'paper.closed', roundId);
    await this.bus.publish({ type: 'results-released', contestId: round.contestId, roundId });
    return describeWindow(round, await this.papers.findWindow(roundId));
  }

  /** The contest's paper rounds and their windows; a contestant also sees their own paper's state. */
  async listForContest(principal: Principal, contestId: string) {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    const contestant = principal.kind === 'contestant' ? ContestAccess.assertContestant(principal, contestId) : null;
    if (!contestant) {
      const judge = principal.kind === 'staff' && principal.role === 'judge' && (await this.contests.isJudge(contestId, principal.userId));
      if (!ContestAccess.canManage(principal, contest) && !judge) throw new AppError('FORBIDDEN');
    }
    const [rounds, windows, mine] = await Promise.all([
      this.contests.listRounds(contestId),
      this.papers.listWindows(contestId),
      contestant ? this.papers.listPapers(contestId, contestant.contestantId) : Promise.resolve([]),
    ]);
    return rounds.filter(isPaperRound).map((round) => {
      const paper = mine.find((p) => p.roundId === round.id);
      return {
        ...describeWindow(round, windows.find((w) => w.roundId === round.id) ?? null),
        ...(contestant ? { myPaper: paper ? { paperId: paper.id, startedAt: paper.startedAt.toISOString(), submittedAt: paper.submittedAt?.toISOString() ?? null } : null } : {}),
      };
    });
  }

  private async announce(contestId: string, event: 'paper.opened' | 'paper.closed', roundId: string): Promise<void> {
    await this.contests.bumpVersion(contestId);
    await this.bus.publish({ type: 'contest-event', contestId, event, payload: { roundId, serverTime: this.clock.now().toISOString() } });
  }
}

function describeWindow(round: PaperRound, window: PaperWindowEntity | null) {
  const paper = round.settings.paper;
  return {
    roundId: round.id,
    title: round.title,
    status: !window ? ('pending' as const) : window.closedAt ? ('closed' as const) : ('open' as const),
    openedAt: window?.openedAt.toISOString() ?? null,
    closedAt: window?.closedAt?.toISOString() ?? null,
    minutes: paper.minutes,
    questionCount: paper.draw.reduce((n, d) => n + d.count, 0),
  };
}
