import { Injectable } from '@nestjs/common';
import { aggregateJudgeScores, isDisagreement } from '@jingsai/scoring';
import type { ReviewItem } from '@jingsai/domain';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import type { Principal } from '../common/principal';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import { ContestQuestionRepository } from '../answering/contest-question.repository';
import type { ReviewEntity, RoundEntity, SubmissionEntity } from '../database/entities';
import { LiveEventBus } from '../queue/live-event-bus';
import { SubmissionRepository } from '../answering/submission.repository';
import { ReviewRepository } from './review.repository';
import { gradedMessage } from '../grading/graded-message';
import type { ScoreReviewDto } from './reviews.dto';


export type { ReviewItem };

/**
 * How many scores an answer needs: the round's judges per answer, but never more than the contest has
 * judges (an answer must not wait forever for a judge who does not exist).
 */
function panelRules(round: RoundEntity, panelSize: number) {
  return {
    needed: Math.max(1, Math.min(round.settings.judgesPerAnswer ?? 1, panelSize)),
    rule: round.settings.judgeRule ?? 'mean',
    maxSpread: round.settings.maxSpread ?? Number.POSITIVE_INFINITY,
  };
}

@Injectable()
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly submissions: SubmissionRepository,
    private readonly contests: ContestRepository,
    private readonly questions: ContestQuestionRepository,
    private readonly bus: LiveEventBus,
    private readonly clock: Clock,
  ) {}

  async queue(principal: Principal, contestId: string): Promise<ReviewItem[]> {
    const { judgeId, chief } = await this.assertPanel(principal, contestId);
    const waiting = await this.reviews.listAwaitingReview(contestId, this.clock.now());
    const ids = waiting.map((s) => s.id);
    const [reviews, grades, rounds, questions, panel] = await Promise.all([
      this.reviews.listReviews(ids),
      this.reviews.currentGrades(ids),
      this.contests.listRounds(contestId),
      this.questions.findMany(contestId, waiting.map((s) => s.questionId)),
      this.contests.listJudges(contestId),
    ]);
    const panelSize = panel.length;
    return waiting.flatMap((s): ReviewItem[] => {
      const question = questions.find((q) => q.id === s.questionId);
      const round = rounds.find((r) => r.id === s.roundId);
      if (!question || question.type !== 'short' || !round) return [];
      const own = reviews.filter((r) => r.submissionId === s.id);
      const mine = own.find((r) => r.judgeId === judgeId);
      const { needed, maxSpread } = panelRules(round, panelSize);
      const detail = grades.get(s.id)?.detail ?? null;
      return [
        {
          submissionId: s.id,
          roundId: s.roundId,
          questionId: s.questionId,
          stem: question.stem,
          reference: question.reference,
          keyPoints: question.keyPoints,
          maxScore: question.points,
          answer: typeof s.answer === 'string' ? s.answer : JSON.stringify(s.answer),
          coverage: detail?.coverage ?? [],
          suggestedScore: detail?.suggestedScore ?? null,
          progress: { scored: own.length, needed },
          myScore: mine?.score ?? null,
          myComment: mine?.comment ?? null,
          disagreement: own.length >= needed && isDisagreement(own.map((r) => r.score), maxSpread),
          ...(chief ? { panelScores: own.map((r) => r.score) } : {}),
        },
      ];
    });
  }

  /** A judge scores (or re-scores) an answer; with enough agreeing scores the panel's aggregate becomes final. */
  async score(principal: Principal, submissionId: string, dto: ScoreReviewDto) {
    const { judgeId } = await this.assertPanel(principal, await this.contestOf(submissionId), { mustJudge: true });
    const submission = await this.reviewable(submissionId);
    const question = await this.questions.find(submission.contestId, submission.questionId);
    if (!question) throw new AppError('QUESTION_NOT_FOUND');
    if (dto.score > question.points) {
      throw new AppError('REVIEW_SCORE_TOO_HIGH', { max: question.points });
    }
    await this.reviews.saveReview({ submissionId, judgeId, score: dto.score, comment: dto.comment?.trim() || null }, submission.contestId);
    return this.tryFinalize(submission, false);
  }

  /** Chief judge: send an answer back to the panel (scores cleared, audit kept). */
  async returnForRescore(principal: Principal, submissionId: string, reason: string) {
    const { judgeId, chief } = await this.assertPanel(principal, await this.contestOf(submissionId));
    if (!chief) throw new AppError('CHIEF_ONLY_RETURN');
    const submission = await this.reviewable(submissionId);
    await this.reviews.clearReviews(submissionId, submission.contestId, judgeId, reason);
    return { submissionId, status: 'review' as const, progress: { scored: 0 } };
  }

  /** Chief judge: publish every fully scored answer of a round, disagreements included. */
  async publishRound(principal: Principal, roundId: string) {
    const round = await this.contests.findRound(roundId);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    const { chief } = await this.assertPanel(principal, round.contestId);
    if (!chief) throw new AppError('CHIEF_ONLY_PUBLISH');
    const waiting = (await this.reviews.listAwaitingReview(round.contestId, this.clock.now())).filter((s) => s.roundId === roundId);
    let published = 0;
    for (const s of waiting) if ((await this.tryFinalize(s, true)).status === 'graded') published++;
    return { roundId, published, stillWaiting: waiting.length - published };
  }

  private async tryFinalize(submission: SubmissionEntity, force: boolean) {
    const round = await this.contests.findRound(submission.roundId);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    const { needed, rule, maxSpread } = panelRules(round, (await this.contests.listJudges(submission.contestId)).length);
    const scores = (await this.reviews.listReviews([submission.id])).map((r: ReviewEntity) => r.score);
    const progress = { scored: scores.length, needed };
    if (scores.length < needed) return { submissionId: submission.id, status: 'review' as const, progress, disagreement: false };
    const disagreement = isDisagreement(scores, maxSpread);
    if (disagreement && !force) return { submissionId: submission.id, status: 'review' as const, progress, disagreement };
    const score = aggregateJudgeScores(scores, rule);
    const done = await this.reviews.finalize(submission, score, { judges: scores.length, rule, scores, disagreement }, this.clock.now());
    if (done) {
      await this.bus.publish(gradedMessage(submission, round, { status: 'graded', score, correct: null }));
    }
    return { submissionId: submission.id, status: 'graded' as const, progress, disagreement, score };
  }

  /** Access is checked before anything about the answer is told. */
  private async contestOf(submissionId: string): Promise<string> {
    const submission = await this.submissions.findById(submissionId);
    if (!submission) throw new AppError('SUBMISSION_NOT_FOUND');
    return submission.contestId;
  }

  private async reviewable(submissionId: string): Promise<SubmissionEntity> {
    const submission = await this.submissions.findById(submissionId);
    if (!submission) throw new AppError('SUBMISSION_NOT_FOUND');
    if (submission.status !== 'review') {
      throw new AppError('NOT_AWAITING_REVIEW');
    }
    const ready = await this.reviews.listAwaitingReview(submission.contestId, this.clock.now());
    if (!ready.some((s) => s.id === submission.id)) {
      throw new AppError('REVIEW_QUESTION_STILL_OPEN');
    }
    return submission;
  }

  /** Judges assigned to the contest (and its managers, read-only unless they are judges too). */
  private async assertPanel(principal: Principal, contestId: string, opts: { mustJudge?: boolean } = {}) {
    if (principal.kind !== 'staff') throw new AppError('FORBIDDEN');
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    const membership = (await this.contests.listJudges(contestId)).find((j) => j.userId === principal.userId);
    if (!membership && (opts.mustJudge || !ContestAccess.canManage(principal, contest))) {
      throw new AppError('NOT_A_JUDGE_OF_CONTEST');
    }
    return { judgeId: principal.userId, chief: Boolean(membership?.chief) };
  }
}
