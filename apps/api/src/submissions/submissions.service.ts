import { Injectable } from '@nestjs/common';
import { isValidAnswerShape } from '@jingsai/grading';
import { roundRuleFor, type SubmitRefusal } from '@jingsai/scoring';
import { AppError, type ErrorCode } from '../common/app-error';
import { AnswerClock } from '../common/answer-clock';
import { newId } from '../common/ids';
import type { Principal } from '../common/principal';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import { SubmissionEntity } from '../database/entities';
import { OpenQuestionCache, type OpenQuestion } from '../answering/open-question.cache';
import type { SubmitAnswerDto } from './submissions.dto';
import { SubmissionRepository } from '../answering/submission.repository';
import { AnswerIntake } from './answer-intake';
import { SubmissionResults, type SubmissionResult } from './submission-results';
import { RateLimiter } from '../common/rate-limiter';
import { SubmitContextService } from '../answering/submit-context.service';
import { AnswerEligibility } from '../answering/answer-eligibility';
import type { SubmissionReceipt } from '@jingsai/domain';

export type { SubmissionReceipt };

const REFUSALS: Record<SubmitRefusal, ErrorCode> = {
  'not-open': 'QUESTION_NOT_OPEN',
  'too-late': 'SUBMISSION_TOO_LATE',
  'already-answered': 'ALREADY_ANSWERED',
  'not-your-turn': 'NOT_YOUR_TURN',
  'locked-out': 'FALSE_START_LOCKED_OUT',
  'no-stake': 'STAKE_REQUIRED',
};

@Injectable()
export class SubmissionsService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly contests: ContestRepository,
    private readonly intake: AnswerIntake,
    private readonly openQuestions: OpenQuestionCache,
    private readonly clock: AnswerClock,
    private readonly liveContext: SubmitContextService,
    private readonly limiter: RateLimiter,
    private readonly results: SubmissionResults,
  ) {}

  /**
   * Accepts an answer: the row is committed first, then the grading job is added (job id = submission id).
   * If Redis is down the answer is still accepted; the sweeper enqueues it later.
   */
  async submit(principal: Principal, contestId: string, dto: SubmitAnswerDto): Promise<SubmissionReceipt> {
    const me = ContestAccess.assertContestant(principal, contestId);
    this.limiter.take(me.contestantId);
    const receivedAt = this.clock.now();
    // A retry with the same clientKey is recognised when written (unique key), so the common path reads nothing.
    const { rq, round, question } = await this.openQuestion(contestId, dto.questionId);
    // Tie-break rounds admit their listed teams only; in-turn questions their assigned team only.
    AnswerEligibility.assertMayAnswer(round, rq, me.teamId);
    if (!isValidAnswerShape(question, dto.answer)) {
      throw new AppError('ANSWER_SHAPE_INVALID');
    }
    const settings = this.clock.settings(round);
    const rule = roundRuleFor(round.kind);
    const slotOwner = rule.answeringUnit(settings) === 'team' ? me.teamId : me.contestantId;
    const submission = Object.assign(new SubmissionEntity(), {
      id: newId(),
      contestId,
      roundId: round.id,
      roundQuestionId: rq.id,
      questionId: question.id,
      teamId: me.teamId,
      contestantId: me.contestantId,
      answer: dto.answer,
      clientKey: dto.clientKey ?? null,
      answerSlot: `${rq.id}:${slotOwner}`,
      receivedAt,
      status: 'pending' as const,
      score: null,
      correct: null,
      gradedAt: null,
    });

    const timing = this.clock.timing(receivedAt, rq, round);
    if (timing === 'paused') throw new AppError('QUESTION_PAUSED');
    if (timing === 'late') {
      // Kept for the record, never scored, and it does not take the answer slot.
      const late = await this.intake.insertOrRepeat({ ...submission, status: 'too_late', answerSlot: null }, me.contestantId);
      throw new AppError('SUBMISSION_TOO_LATE', {}, { submissionId: late.id });
    }
    const refusal = rule.canSubmit({
      settings,
      teamId: me.teamId,
      contestantId: me.contestantId,
      receivedAt,
      openedAt: rq.openedAt,
      deadline: rq.deadline,
      // A second answer for the same slot is caught by its unique key when written.
      alreadyAnswered: false,
      // Buzzer: buzz order, false starts, wrong teams; risk: the team's stake.
      ...(await this.liveContext.forSubmission(round, rq, me.teamId)),
    });
    if (refusal) {
      throw new AppError(REFUSALS[refusal]);
    }
    return this.receipt(await this.intake.insertOrRepeat(submission, me.contestantId));
  }

  /** An answer's state: to its team (or author) only as far as the round's result visibility allows; in full to staff. */
  async status(principal: Principal, submissionId: string) {
    const submission = await this.submissions.findById(submissionId);
    if (!submission) throw new AppError('SUBMISSION_NOT_FOUND');
    let staff = false;
    if (principal.kind === 'contestant') {
      // Contestants see their own team's answers only.
      if (principal.teamId !== submission.teamId) throw new AppError('SUBMISSION_NOT_FOUND');
    } else {
      const contest = await this.contests.findContest(submission.contestId);
      const judge = principal.role === 'judge' && (await this.contests.isJudge(submission.contestId, principal.userId));
      if (!contest || (!ContestAccess.canManage(principal, contest) && !judge)) throw new AppError('FORBIDDEN');
      staff = true;
    }
    const ref = { ...submission, submissionId: submission.id };
    const result = (await this.results.describe([ref], staff)).get(submission.id) as SubmissionResult;
    return {
      id: submission.id,
      questionId: submission.questionId,
      status: result.status,
      score: result.score,
      correct: result.correct,
      points: result.points,
      receivedAt: submission.receivedAt.toISOString(),
    };
  }

  private receipt(s: SubmissionEntity): SubmissionReceipt {
    return { id: s.id, status: s.status };
  }

  private async openQuestion(contestId: string, questionId: string): Promise<OpenQuestion & { rq: { openedAt: Date; deadline: Date } }> {
    const current = await this.openQuestions.current(contestId);
    const rq = current?.rq;
    if (!current || !rq || rq.questionId !== questionId || !rq.openedAt || !rq.deadline) {
      throw new AppError('QUESTION_NOT_OPEN');
    }
    return current as OpenQuestion & { rq: { openedAt: Date; deadline: Date } };
  }
}
