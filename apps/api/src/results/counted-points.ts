import { round2 } from '@jingsai/scoring';
import { roundSettingsOf, type RoundEntity, type SubmissionEntity } from '../database/entities';
import { roundKind } from '../round-kinds/registry';

/**
 * The points a graded answer put on the board, by the round's rule: a risk answer's stake won or lost,
 * a buzzer or required penalty, a speed answer's tier, a written answer's share of its team's mean. Not
 * the grader's score (a right risk answer is graded 10 and counts +20 on a stake of 20). null while not counted.
 */
export function countedPoints(
  s: Pick<SubmissionEntity, 'status' | 'score' | 'correct' | 'teamId' | 'contestantId' | 'questionId' | 'receivedAt'>,
  round: RoundEntity | undefined,
  maxScore: number,
  context: { stake: number | undefined; teamSize: number; place: number | undefined },
): number | null {
  if (s.status !== 'graded' || !round) return null;
  const settings = roundSettingsOf(round);
  const answer = { teamId: s.teamId, contestantId: s.contestantId, questionId: s.questionId, score: s.score ?? 0, maxScore, correct: s.correct, at: s.receivedAt, stake: context.stake, place: context.place };
  const kind = roundKind(round.kind);
  return round2(kind.countedPoints(kind.rule.pointsFor({ settings, answer }), round.settings, context.teamSize));
}
