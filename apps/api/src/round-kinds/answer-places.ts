import { placeRightAnswers, type GradedAnswer } from '@jingsai/scoring';
import type { RoundEntity, SubmissionEntity } from '../database/entities';
import { roundKind } from './registry';

type PlacedSubmission = Pick<SubmissionEntity, 'id' | 'contestId' | 'roundId' | 'roundQuestionId' | 'questionId' | 'teamId' | 'contestantId' | 'status' | 'score' | 'correct' | 'receivedAt'>;

/**
 * Each right answer's place among its question's right answers (速答), by submission id, for the kinds
 * whose points depend on it. `submissions` are every answer to the questions concerned, as stored.
 */
export function answerPlaces(
  submissions: PlacedSubmission[],
  rounds: Map<string, Pick<RoundEntity, 'kind'>>,
  maxScore: (s: PlacedSubmission) => number,
): Map<string, number> {
  const byRoundQuestion = new Map<string, GradedAnswer[]>();
  for (const s of submissions) {
    const round = rounds.get(s.roundId);
    if (s.status !== 'graded' || !round || !roundKind(round.kind).needs.answerOrder) continue;
    const answer: GradedAnswer = { id: s.id, teamId: s.teamId, contestantId: s.contestantId, questionId: s.questionId, score: s.score ?? 0, maxScore: maxScore(s), correct: s.correct, at: s.receivedAt };
    const list = byRoundQuestion.get(s.roundQuestionId);
    if (list) list.push(answer);
    else byRoundQuestion.set(s.roundQuestionId, [answer]);
  }
  const places = new Map<string, number>();
  for (const answers of byRoundQuestion.values()) {
    for (const placed of placeRightAnswers(answers)) if (placed.place !== undefined) places.set(placed.id as string, placed.place);
  }
  return places;
}
