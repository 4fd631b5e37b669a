import { roundRuleFor } from '@jingsai/scoring';
import { roundSettingsOf, type RoundEntity, type SubmissionEntity } from '../database/entities';
import type { GradedItem, LiveBusMessage } from '../queue/live-event-bus';

type Outcome = { status: 'graded' | 'review' | 'too_late'; score: number | null; correct: boolean | null };

/** One answer's result for the bus (api nodes decide when each phone may see it). */
export function gradedItem(submission: SubmissionEntity, round: Pick<RoundEntity, 'kind' | 'secondsPerQuestion' | 'settings'>, outcome: Outcome): GradedItem {
  const individual = roundRuleFor(round.kind).answeringUnit(roundSettingsOf(round)) === 'contestant';
  return {
    submissionId: submission.id,
    teamId: submission.teamId,
    ...(individual ? { contestantId: submission.contestantId } : {}),
    questionId: submission.questionId,
    roundId: submission.roundId,
    roundQuestionId: submission.roundQuestionId,
    ...outcome,
  };
}

/** The message announcing one answer's result (a judges' score, an accepted appeal). */
export function gradedMessage(submission: SubmissionEntity, round: Pick<RoundEntity, 'kind' | 'secondsPerQuestion' | 'settings'>, outcome: Outcome): Extract<LiveBusMessage, { type: 'graded' }> {
  return { type: 'graded', contestId: submission.contestId, items: [gradedItem(submission, round, outcome)] };
}
