import { Injectable } from '@nestjs/common';
import { LiveEvent, type LifelineCount, type LifelineKind, type LifelineUseResult, type LifelineUsedEvent } from '@jingsai/domain';
import { AppError } from '../../common/app-error';
import { Clock } from '../../common/clock';
import type { Principal } from '../../common/principal';
import { RateLimiter } from '../../common/rate-limiter';
import { ContestAccess } from '../../contests/contest-access';
import { ContestRepository } from '../../contests/contest.repository';
import type { ContestEntity } from '../../database/entities';
import { LiveEventBus } from '../../queue/live-event-bus';
import { AnswerEligibility } from '../../answering/answer-eligibility';
import { LifelineRepository } from './lifeline.repository';
import { OpenQuestionCache } from '../../answering/open-question.cache';

export type { LifelineCount, LifelineUseResult };

/** The contest setting that limits each kind, per team, for the whole contest. */
function limitOf(contest: ContestEntity, kind: LifelineKind): number {
  switch (kind) {
    case 'think-tank':
      return contest.settings.lifelines?.thinkTank ?? 0;
  }
}

/**
 * 智囊团: a team may consult its think-tank on a question that is open for it, once per question and
 * at most the contest's number of times. Each use is audited and announced to the contest room.
 */
@Injectable()
export class LifelinesService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly lifelines: LifelineRepository,
    private readonly openQuestions: OpenQuestionCache,
    private readonly bus: LiveEventBus,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async use(principal: Principal, contestId: string, kind: LifelineKind, questionId: string): Promise<LifelineUseResult> {
    const me = ContestAccess.assertContestant(principal, contestId);
    this.limiter.take(me.contestantId);
    const now = this.clock.now();
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    const limit = limitOf(contest, kind);
    if (limit <= 0) throw new AppError('THINK_TANK_NONE');

    const current = await this.openQuestions.current(contestId);
    const rq = current?.rq;
    if (!current || !rq || rq.questionId !== questionId || rq.status !== 'open' || (rq.deadline && !rq.pausedAt && now > rq.deadline)) {
      throw new AppError('THINK_TANK_NOT_OPEN');
    }
    AnswerEligibility.assertMayAnswer(current.round, rq, me.teamId);

    const result = await this.lifelines.insertUse(
      { contestId, teamId: me.teamId, contestantId: me.contestantId, roundQuestionId: rq.id, questionId, kind },
      limit,
      { contestId, actorId: me.contestantId, action: 'lifeline.use', before: null, reason: null, createdAt: now },
    );
    if (result.outcome === 'already-used') {
      throw new AppError('THINK_TANK_USED');
    }
    if (result.outcome === 'exhausted') {
      throw new AppError('THINK_TANK_EXHAUSTED', { limit });
    }
    const remaining = limit - result.use.seq;
    const team = await this.contests.findTeam(me.teamId);
    const version = await this.contests.bumpVersion(contestId);
    const event: LifelineUsedEvent = { version, contestId, teamId: me.teamId, teamName: team?.name ?? '', questionId, kind, remaining };
    await this.bus.publish({ type: 'contest-event', contestId, event: LiveEvent.LifelineUsed, payload: { ...event } });
    return { kind, questionId, teamId: me.teamId, limit, used: result.use.seq, remaining };
  }

  /** The caller's team: uses and what is left, per kind. */
  async remaining(principal: Principal, contestId: string): Promise<{ thinkTank: LifelineCount }> {
    const me = ContestAccess.assertContestant(principal, contestId);
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    const limit = limitOf(contest, 'think-tank');
    const used = await this.lifelines.countUses(contestId, me.teamId, 'think-tank');
    return { thinkTank: { limit, used, remaining: Math.max(0, limit - used) } };
  }
}
