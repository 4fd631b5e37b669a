import { Injectable } from '@nestjs/common';
import { roundSettingsOf } from '../../database/entities';
import { validateStake, type StakeRefusal } from '@jingsai/scoring';
import { AppError, ErrorCode } from '../../common/app-error';
import { roundKind } from '../../round-kinds/registry';
import { Clock } from '../../common/clock';
import type { Principal } from '../../common/principal';
import { RateLimiter } from '../../common/rate-limiter';
import { ContestAccess } from '../../contests/contest-access';
import { ContestRepository } from '../../contests/contest.repository';
import { LiveStateRepository } from '../live-state.repository';
import { targetRoundQuestion } from '../round-question-locator';
import { AnswerEligibility } from '../../answering/answer-eligibility';

const STAKE_REFUSALS: Record<StakeRefusal, { code: ErrorCode; message: string }> = {
  'question-open': { code: ErrorCode.Conflict, message: '题目已开始，不能再选择分值 / The question has opened: stakes are closed' },
  'invalid-tier': { code: ErrorCode.Unprocessable, message: '分值不在可选档位内 / That stake is not one of the round\'s tiers' },
  'tier-used': { code: ErrorCode.Conflict, message: '本队已用过该分值档位 / Your team has already used that stake tier in this round' },
};

/** 风险题: a team picks a stake tier before the question opens; right adds it, wrong subtracts it. */
@Injectable()
export class StakesService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly state: LiveStateRepository,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async place(principal: Principal, contestId: string, questionId: string, points: number): Promise<{ questionId: string; teamId: string; points: number }> {
    const at = this.clock.now();
    const me = ContestAccess.assertContestant(principal, contestId);
    this.limiter.take(me.contestantId);
    const rq = targetRoundQuestion(await this.state.findRoundQuestionsOf(contestId, questionId));
    if (!rq) throw AppError.notFound({ zh: '题目', en: 'Question' });
    const round = await this.contests.findRound(rq.roundId);
    if (!round) throw AppError.notFound({ zh: '轮次', en: 'Round' });
    if (!roundKind(round.kind).accepts.stake) throw new AppError(ErrorCode.Unprocessable, '本轮不是风险题 / This round takes no stakes');
    AnswerEligibility.assertMayAnswer(round, rq, me.teamId);
    const settings = roundSettingsOf(round);
    const used = (await this.state.listOtherStakes(round.id, me.teamId, rq.id)).map((s) => s.points);
    const openedAt = rq.status === 'pending' ? null : (rq.openedAt ?? at);
    const refusal = validateStake(points, settings, used, { at, openedAt });
    if (refusal) throw new AppError(STAKE_REFUSALS[refusal].code, STAKE_REFUSALS[refusal].message);
    await this.state.saveStake({ roundId: round.id, roundQuestionId: rq.id, teamId: me.teamId, points, createdAt: at });
    return { questionId, teamId: me.teamId, points };
  }
}
