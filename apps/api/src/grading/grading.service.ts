import { Injectable, Logger } from '@nestjs/common';
import { gradeAnswer } from '@jingsai/grading';
import { AnswerClock } from '../common/answer-clock';
import { MicroBatch } from '../common/micro-batch';
import type { RoundEntity, SubmissionEntity } from '../database/entities';
import { gradedItem } from './graded-message';
import type { GradedItem } from '../queue/live-event-bus';
import { gradingOptionsOf } from './grading-options';
import { LiveEventBus } from '../queue/live-event-bus';
import { SubmissionRepository, type GradingDecision, type GradingInput } from '../answering/submission.repository';

export type GradeOutcome = 'graded' | 'review' | 'too_late' | 'already-graded' | 'not-found';

const MAX_BATCH = 500;

/**
 * Grades submissions: the body of the BullMQ job. Jobs that run at the same time are graded as one
 * batch in one transaction that also reads (and locks) the contest's copy of each question, so a key
 * fixed a moment ago grades everything still pending. Safe to run twice for the same submission: only
 * a pending submission gets a first grade.
 */
@Injectable()
export class GradingService {
  private readonly logger = new Logger(GradingService.name);
  private readonly batch = new MicroBatch<string, GradeOutcome>((ids) => this.gradeAll(ids), MAX_BATCH);

  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly bus: LiveEventBus,
    private readonly clock: AnswerClock,
  ) {}

  gradeSubmission(submissionId: string): Promise<GradeOutcome> {
    return this.batch.add(submissionId);
  }

  /** Pure: what one pending answer gets. */
  decide({ submission, question, round, rq }: GradingInput): GradingDecision {
    // A live answer is timed again against the question as stored now: the node that took it may have
    // read, for a moment, a question another node had just closed or paused. Papers are timed on entry.
    if (!round.settings.paper) {
      const timing = this.clock.timing(submission.receivedAt, rq, round);
      if (timing === 'late' || timing === 'paused') return { late: true };
    }
    return { late: false, result: gradeAnswer(question, submission.answer, gradingOptionsOf(round.settings)) };
  }

  private async gradeAll(ids: string[]): Promise<GradeOutcome[]> {
    const { graded, late, found } = await this.submissions.gradePending([...new Set(ids)], this.clock.now(), (input) => this.decide(input));
    const outcomes = new Map<string, GradeOutcome>();
    // One message per contest for the whole batch: a burst of a thousand answers is a handful of messages.
    const byContest = new Map<string, GradedItem[]>();
    const announce = (submission: SubmissionEntity, round: RoundEntity, status: 'graded' | 'review' | 'too_late', score: number | null, correct: boolean | null) => {
      const items = byContest.get(submission.contestId) ?? [];
      items.push(gradedItem(submission, round, { status, score, correct }));
      byContest.set(submission.contestId, items);
    };
    for (const { submission, result, round } of graded) {
      outcomes.set(submission.id, result.status);
      announce(submission, round, result.status, result.status === 'review' ? null : result.score, result.correct);
    }
    for (const { submission, round } of late) {
      outcomes.set(submission.id, 'too_late');
      announce(submission, round, 'too_late', null, null);
    }
    await Promise.all([...byContest].map(([contestId, items]) => this.bus.publish({ type: 'graded', contestId, items })));
    return ids.map((id) => {
      if (!found.has(id)) {
        this.logger.warn(`Submission ${id} not found; dropping its job`);
        return 'not-found';
      }
      return outcomes.get(id) ?? 'already-graded';
    });
  }
}
