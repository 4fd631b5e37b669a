import { Injectable } from '@nestjs/common';
import { LiveEvent } from '@jingsai/domain';
import { ContestQuestionRepository } from '../answering/contest-question.repository';
import { AppError } from '../common/app-error';
import type { Principal } from '../common/principal';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import type { RoundQuestionEntity } from '../database/entities';
import { LiveEventBus } from '../queue/live-event-bus';
import { OpenQuestionCache } from '../answering/open-question.cache';
import { answerKeyOf, type RevealedAnswer } from './answer-key';
import { LiveStateRepository } from './live-state.repository';

/** The control console's live actions on a question: extend the countdown, reveal the answer. */
@Injectable()
export class LiveControlService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly questions: ContestQuestionRepository,
    private readonly state: LiveStateRepository,
    private readonly bus: LiveEventBus,
    private readonly openQuestions: OpenQuestionCache,
  ) {}

  /** Moves the open question's deadline by `seconds` (negative shortens it). */
  async extend(principal: Principal, roundId: string, questionId: string, seconds: number): Promise<{ deadline: string; version: number }> {
    const rq = await this.managedRoundQuestion(principal, roundId, questionId);
    if (rq.status !== 'open' || !rq.deadline) throw new AppError('QUESTION_NOT_RUNNING');
    const deadline = new Date(rq.deadline.getTime() + seconds * 1000);
    await this.state.setDeadline(rq.id, deadline);
    const version = await this.contests.bumpVersion(rq.contestId);
    this.openQuestions.invalidate(rq.contestId);
    await this.bus.publish({
      type: 'contest-event',
      contestId: rq.contestId,
      event: LiveEvent.QuestionExtended,
      payload: { version, roundId, questionId, deadline: deadline.toISOString() },
    });
    return { deadline: deadline.toISOString(), version };
  }

  /** After close only: the answer key and explanation, returned and pushed to the contest room. */
  async reveal(principal: Principal, roundId: string, questionId: string): Promise<RevealedAnswer & { version: number }> {
    const rq = await this.managedRoundQuestion(principal, roundId, questionId);
    if (rq.status !== 'closed' && rq.status !== 'revealed') {
      throw new AppError('REVEAL_BEFORE_CLOSE');
    }
    const question = await this.questions.find(rq.contestId, rq.questionId);
    if (!question) throw new AppError('QUESTION_NOT_FOUND');
    await this.state.markRevealed(rq.id);
    const version = await this.contests.bumpVersion(rq.contestId);
    const revealed = { ...answerKeyOf(question), version };
    this.openQuestions.invalidate(rq.contestId);
    await this.bus.publish({ type: 'contest-event', contestId: rq.contestId, event: LiveEvent.QuestionRevealed, payload: { ...revealed, roundId } });
    return revealed;
  }

  private async managedRoundQuestion(principal: Principal, roundId: string, questionId: string): Promise<RoundQuestionEntity> {
    const round = await this.contests.findRound(roundId);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    const contest = await this.contests.findContest(round.contestId);
    if (!contest) throw new AppError('ROUND_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
    const rq = await this.contests.findRoundQuestion(roundId, questionId);
    if (!rq) throw new AppError('QUESTION_NOT_FOUND');
    return rq;
  }
}
