import { Injectable, Logger } from '@nestjs/common';
import { gradeAnswer } from '@jingsai/grading';
import { roundRuleFor } from '@jingsai/scoring';
import { Clock } from '../common/clock';
import { MicroBatch } from '../common/micro-batch';
import { ContestRepository } from '../contests/contest.repository';
import { QuestionRepository } from '../banks/question.repository';
import { roundSettingsOf, type RoundEntity } from '../database/entities';
import { LiveEventBus } from '../queue/live-event-bus';
import { SubmissionRepository } from '../submissions/submission.repository';

export type GradeOutcome = 'graded' | 'review' | 'already-graded' | 'not-found';

/** A round's settings are read once per few seconds, not once per answer (rounds are not edited once created). */
const ROUND_CACHE_MS = 2000;
const MAX_BATCH = 500;

/**
 * Grades submissions: the body of the BullMQ job. Jobs that run at the same time are graded as one
 * batch: one read of the submissions, one of their questions (always fresh: a key fixed a moment ago
 * must grade what is still pending), one transaction for the results. Safe to run twice for the same
 * submission: only a pending submission gets a first grade.
 */
@Injectable()
export class GradingService {
  private readonly logger = new Logger(GradingService.name);
  private readonly rounds = new Map<string, { at: number; value: Promise<RoundEntity | null> }>();
  private readonly batch = new MicroBatch<string, GradeOutcome>((ids) => this.gradeAll(ids), MAX_BATCH);

  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly questions: QuestionRepository,
    private readonly contests: ContestRepository,
    private readonly bus: LiveEventBus,
    private readonly clock: Clock,
  ) {}

  gradeSubmission(submissionId: string): Promise<GradeOutcome> {
    return this.batch.add(submissionId);
  }

  private async gradeAll(ids: string[]): Promise<GradeOutcome[]> {
    const found = new Map((await this.submissions.findByIds([...new Set(ids)])).map((s) => [s.id, s]));
    const pending = [...found.values()].filter((s) => s.status === 'pending');
    const questions = new Map((await this.questions.findQuestions([...new Set(pending.map((s) => s.questionId))])).map((q) => [q.id, q]));
    const items = [];
    for (const submission of pending) {
      const question = questions.get(submission.questionId);
      const round = await this.round(submission.roundId);
      // A throw fails the whole batch: BullMQ retries each job with backoff.
      if (!question || !round) throw new Error(`Question or round of submission ${submission.id} is missing`);
      const individual = roundRuleFor(round.kind).answeringUnit(roundSettingsOf(round)) === 'contestant';
      items.push({ submission, individual, result: gradeAnswer(question, submission.answer, { multiplePolicy: round.settings.multiplePolicy }) });
    }
    const written = items.length ? await this.submissions.recordFirstGrades(items, this.clock.now()) : new Set<string>();
    const outcomes = new Map<string, GradeOutcome>();
    await Promise.all(
      items
        .filter(({ submission }) => written.has(submission.id))
        .map(({ submission, result, individual }) => {
          outcomes.set(submission.id, result.status);
          return this.bus.publish({
            type: 'graded',
            contestId: submission.contestId,
            submissionId: submission.id,
            teamId: submission.teamId,
            ...(individual ? { contestantId: submission.contestantId } : {}),
            questionId: submission.questionId,
            status: result.status,
            score: result.status === 'review' ? null : result.score,
            correct: result.correct,
          });
        }),
    );
    return ids.map((id) => {
      if (!found.has(id)) {
        this.logger.warn(`Submission ${id} not found; dropping its job`);
        return 'not-found';
      }
      return outcomes.get(id) ?? 'already-graded';
    });
  }

  private round(id: string): Promise<RoundEntity | null> {
    const now = this.clock.now().getTime();
    const hit = this.rounds.get(id);
    if (hit && now - hit.at < ROUND_CACHE_MS) return hit.value;
    const value = this.contests.findRound(id);
    this.rounds.set(id, { at: now, value });
    if (this.rounds.size > 1000) this.rounds.clear();
    return value;
  }
}
