import { answerTiming } from '../round-clock';
import type { ScoreEvent } from '../score-event.types';
import type { GradedAnswer, RoundRule, RoundSettings, SubmitContext, SubmitRefusal } from './round-rule.types';

/** Checks shared by every kind: the question is open, not past deadline + grace, not answered yet. */
export function commonRefusal(ctx: SubmitContext): SubmitRefusal | null {
  const timing = answerTiming(ctx.receivedAt, { openedAt: ctx.openedAt, deadline: ctx.deadline }, ctx.settings.graceMs ?? 0);
  if (timing === 'not-open' || timing === 'paused') return 'not-open';
  if (timing === 'late') return 'too-late';
  if (ctx.alreadyAnswered) return 'already-answered';
  return null;
}

/** The grader's score, rescaled to the round's points when the round overrides them. */
export function earnedPoints(answer: GradedAnswer, settings: RoundSettings): number {
  if (settings.points === undefined || answer.maxScore <= 0) return answer.score;
  return (answer.score / answer.maxScore) * settings.points;
}

/** Wrong = marked wrong with no partial credit (a 少选 partial answer keeps its points). */
export function isWrong(answer: GradedAnswer): boolean {
  return answer.correct === false && answer.score <= 0;
}

/** Right, for kinds that need a yes or no: a judged answer (correct null) is right with at least half the points. */
export function isRightAnswer(answer: GradedAnswer): boolean {
  if (answer.correct !== null) return answer.correct;
  return answer.maxScore > 0 && answer.score * 2 >= answer.maxScore;
}

/** The round's penalty replaces whatever (≤ 0) the grader gave; without one the grader's score stands. */
export function wrongPoints(graderScore: number, wrongPenalty: number | undefined): number {
  return wrongPenalty === undefined ? Math.min(graderScore, 0) : loss(wrongPenalty);
}

/** A penalty or stake as negative points, whatever its sign in the settings; 0 (never -0) when unset. */
export function loss(points: number | undefined): number {
  return points ? -Math.abs(points) : 0;
}

/** One event per answer: the team-answered kinds. */
export function eventPerAnswer(
  rule: Pick<RoundRule, 'pointsFor'>,
  roundId: string,
  answers: GradedAnswer[],
  settings: RoundSettings,
): ScoreEvent[] {
  return answers.map((answer) => ({
    teamId: answer.teamId,
    roundId,
    questionId: answer.questionId,
    points: rule.pointsFor({ settings, answer }),
    correct: answer.falseStart ? null : answer.correct,
    at: answer.at,
  }));
}
