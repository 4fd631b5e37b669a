import { Injectable } from '@nestjs/common';
import { LiveEvent } from '@jingsai/domain';
import { currentAnswerer, isLate, resolveBuzzOrder } from '@jingsai/scoring';
import { AppError, ErrorCode } from '../common/app-error';
import { Clock } from '../common/clock';
import { KeyedMutex } from '../common/keyed-mutex';
import type { ContestantPrincipal, Principal } from '../common/principal';
import { RateLimiter } from '../common/rate-limiter';
import { AppConfig } from '../config/app-config';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import { LiveEventBus } from '../queue/live-event-bus';
import { DuplicateBuzzError, LiveStateRepository } from './live-state.repository';
import { targetRoundQuestion } from './round-question-locator';
import { AnswerEligibility } from './answer-eligibility';

export interface BuzzResult {
  /** The team now holds the right to answer. */
  granted: boolean;
  teamId: string;
  /** 1-based place in the buzz order; null for a false start. */
  rank: number | null;
  falseStart: boolean;
  seq: number;
  at: string;
}

/**
 * 抢答. The server's receive time decides the order. A buzz on a question that has not opened yet
 * is a false start: recorded, it locks the team out of that question and costs the round's penalty.
 */
@Injectable()
export class BuzzService {
  /** One buzz at a time per question on this node: receive order = time order = seq order, so a rank never changes afterwards. */
  private readonly perQuestion = new KeyedMutex();

  constructor(
    private readonly contests: ContestRepository,
    private readonly state: LiveStateRepository,
    private readonly bus: LiveEventBus,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async buzz(principal: Principal, contestId: string, questionId: string): Promise<BuzzResult> {
    const me = ContestAccess.assertContestant(principal, contestId);
    this.limiter.take(me.contestantId);
    return this.perQuestion.run(`${contestId}:${questionId}`, () => this.record(me, contestId, questionId));
  }

  private async record(me: ContestantPrincipal, contestId: string, questionId: string): Promise<BuzzResult> {
    const at = this.clock.now();
    const rq = targetRoundQuestion(await this.state.findRoundQuestionsOf(contestId, questionId));
    if (!rq) throw AppError.notFound({ zh: '题目', en: 'Question' });
    const round = await this.contests.findRound(rq.roundId);
    if (!round) throw AppError.notFound({ zh: '轮次', en: 'Round' });
    if (round.kind !== 'buzzer') throw new AppError(ErrorCode.Unprocessable, '本轮不是抢答题 / This round has no buzzer');
    AnswerEligibility.assertMayAnswer(round, rq, me.teamId);
    const graceMs = round.settings.graceMs ?? this.config.defaultGraceMs;
    const ended = rq.status === 'closed' || rq.status === 'revealed' || (rq.status === 'open' && rq.deadline !== null && isLate(at, rq.deadline, graceMs));
    if (ended) throw new AppError(ErrorCode.NotOpen, '该题抢答已结束 / Buzzing is over for this question');

    const falseStart = rq.status === 'pending';
    const saved = await this.state
      .insertBuzz({ roundQuestionId: rq.id, teamId: me.teamId, contestantId: me.contestantId, at, falseStart })
      .catch((error: unknown) => {
        if (error instanceof DuplicateBuzzError) throw new AppError(ErrorCode.Conflict, '本队已抢答过该题 / Your team has already buzzed on this question');
        throw error;
      });

    let rank: number | null = null;
    let granted = false;
    if (!falseStart && rq.openedAt) {
      const [buzzes, wrongTeams] = await Promise.all([this.state.listBuzzes(rq.id), this.state.listWrongTeams(rq.id)]);
      const { order } = resolveBuzzOrder(buzzes, rq.openedAt);
      const index = order.indexOf(me.teamId);
      rank = index >= 0 ? index + 1 : null;
      const holder = round.settings.passOnWrong || wrongTeams.length === 0 ? currentAnswerer(order, wrongTeams) : null;
      granted = holder === me.teamId;
    }
    const result: BuzzResult = { granted, teamId: me.teamId, rank, falseStart, seq: saved.seq, at: at.toISOString() };
    const version = await this.contests.bumpVersion(contestId);
    await this.bus.publish({ type: 'contest-event', contestId, event: LiveEvent.Buzz, payload: { version, questionId, ...result } });
    if (falseStart) await this.bus.publish({ type: 'board-changed', contestId });
    return result;
  }
}
