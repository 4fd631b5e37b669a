import { roundRuleFor } from '@jingsai/scoring';
import { roundSettingsOf, type RoundEntity, type SubmissionEntity } from '../database/entities';
import type { LiveBusMessage } from '../queue/live-event-bus';

/** The bus message that announces a submission's result (api nodes decide when each phone may see it). */
export function gradedMessage(
  submission: SubmissionEntity,
  round: Pick<RoundEntity, 'kind' | 'secondsPerQuestion' | 'settings'>,
  outcome: { status: 'graded' | 'review' | 'too_late'; score: number | null; correct: boolean | null },
): Extract<LiveBusMessage, { type: 'graded' }> {
  const individual = roundRuleFor(round.kind).answeringUnit(roundSettingsOf(round)) === 'contestant';
  return {
    type: 'graded',
    contestId: submission.contestId,
    submissionId: submission.id,
    teamId: submission.teamId,
    ...(individual ? { contestantId: submission.contestantId } : {}),
    questionId: submission.questionId,
    roundId: submission.roundId,
    roundQuestionId: submission.roundQuestionId,
    ...outcome,
  };
}
