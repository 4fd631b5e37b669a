import { Injectable } from '@nestjs/common';
import { LiveEvent, type BuzzResult } from '@jingsai/domain';
import { buzzHolder, resolveBuzzOrder } from '@jingsai/scoring';
import { AnswerClock } from '../../common/answer-clock';
import { AppError } from '../../common/app-error';
import { roundKind } from '../../round-kinds/registry';
import type { Principal } from '../../common/principal';
import { RateLimiter } from '../../common/rate-limiter';
import { ContestAccess } from '../../contests/contest-access';
import { ContestRepository } from '../../contests/contest.repository';
import type { RoundEntity, RoundQuestionEntity } from '../../database/entities';
import { LiveEventBus } from '../../queue/live-event-bus';
import { AnswerEligibility } from '../../answering/answer-eligibility';
import { LiveStateRepository } from '../live-state.repository';
import { targetRoundQuestion } from '../round-question-locator';

export type { BuzzResult };


/**
 * 抢答. The database numbers buzzes as they arrive, so exactly one team is first however the buzzes
 * are spread over api nodes. A buzz before the question opens is a false start: recorded, it locks
 * the team out of that question and costs the round's penalty. Buzzing again is harmless.
 */
@Injectable()
export class BuzzService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly state: LiveStateRepository,
    private readonly bus: LiveEventBus,
    private readonly limiter: RateLimiter,
    private readonly clock: AnswerClock,
  ) {}

  async buzz(principal: Principal, contestId: string, questionId: string): Promise<BuzzResult> {
    const me = ContestAccess.assertContestant(principal, contestId);
    this.limiter.take(me.contestantId);
    const at = this.clock.now();
    const rq = targetRoundQuestion(await this.state.findRoundQuestionsOf(contestId, questionId));
    if (!rq) throw new AppError('QUESTION_NOT_FOUND');
    const round = await this.contests.findRound(rq.roundId);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    if (!roundKind(round.kind).accepts.buzz) throw new AppError('ROUND_NOT_BUZZER');
    AnswerEligibility.assertMayAnswer(round, rq, me.teamId);

    const record = await this.state.recordBuzz(
      { roundQuestionId: rq.id, teamId: me.teamId, contestantId: me.contestantId, at },
      (current) => this.admit(current, round, at),
    );
    const { order } = resolveBuzzOrder(record.buzzes);
    const place = order.indexOf(me.teamId);
    const holder = buzzHolder(order, record.wrongTeams, round.settings.passOnWrong);
    const result: BuzzResult = {
      granted: holder === me.teamId,
      teamId: me.teamId,
      rank: place >= 0 ? place + 1 : null,
      falseStart: record.buzz.falseStart,
      seq: record.buzz.seq,
      at: record.buzz.at.toISOString(),
      repeat: record.repeat,
    };
    if (!record.repeat) {
      const version = await this.contests.bumpVersion(contestId);
      const team = await this.contests.findTeam(me.teamId);
      await this.bus.publish({
        type: 'contest-event',
        contestId,
        event: LiveEvent.Buzz,
        payload: { version, questionId, ...result, teamName: team?.name ?? '', holderTeamId: holder },
      });
      if (result.falseStart) await this.bus.publish({ type: 'board-changed', contestId });
    }
    return result;
  }

  /** Inside the buzz's transaction: a pending question takes false starts; an open one takes buzzes until its end. */
  private admit(rq: RoundQuestionEntity, round: RoundEntity, at: Date): void {
    if (rq.status === 'pending') return;
    if (rq.status !== 'open') throw new AppError('BUZZING_OVER');
    const timing = this.clock.timing(at, rq, round);
    if (timing === 'paused') throw new AppError('QUESTION_PAUSED');
    if (timing === 'late') throw new AppError('BUZZING_OVER');
  }
}
