import { Injectable, Logger } from '@nestjs/common';
import { gradeAnswer } from '@jingsai/grading';
import { Clock } from '../common/clock';
import { ContestRepository } from '../contests/contest.repository';
import { QuestionRepository } from '../banks/question.repository';
import { LiveEventBus } from '../queue/live-event-bus';
import { SubmissionRepository } from '../submissions/submission.repository';

export type GradeOutcome = 'graded' | 'review' | 'already-graded' | 'not-found';

/** Grades one submission: the body of the BullMQ job. Safe to run twice for the same submission. */
@Injectable()
export class GradingService {
  private readonly logger = new Logger(GradingService.name);

  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly questions: QuestionRepository,
    private readonly contests: ContestRepository,
    private readonly bus: LiveEventBus,
    private readonly clock: Clock,
  ) {}

  async gradeSubmission(submissionId: string): Promise<GradeOutcome> {
    const submission = await this.submissions.findById(submissionId);
    if (!submission) {
      this.logger.warn(`Submission ${submissionId} not found; dropping its job`);
      return 'not-found';
    }
    if (submission.status !== 'pending') return 'already-graded';
    const [question, round] = await Promise.all([
      this.questions.findQuestion(submission.questionId),
      this.contests.findRound(submission.roundId),
    ]);
    if (!question || !round) throw new Error(`Question or round of submission ${submissionId} is missing`);
    const result = gradeAnswer(question, submission.answer, { multiplePolicy: round.settings.multiplePolicy });
    const written = await this.submissions.recordFirstGrade(submission, result, this.clock.now());
    if (!written) return 'already-graded';
    await this.bus.publish({
      type: 'graded',
      contestId: submission.contestId,
      submissionId: submission.id,
      teamId: submission.teamId,
      questionId: submission.questionId,
      status: result.status,
      score: result.status === 'review' ? null : result.score,
      correct: result.correct,
    });
    return result.status;
  }
}
