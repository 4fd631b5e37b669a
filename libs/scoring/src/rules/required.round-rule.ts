import { commonRefusal, earnedPoints, eventPerAnswer, isWrong, wrongPoints } from './round-rule.helpers';
import type { RoundRule } from './round-rule.types';

/** 必答: every team answers the same question; right earns, wrong may cost wrongPenalty. */
export const requiredRoundRule: RoundRule = {
  kind: 'required',
  answeringUnit: () => 'team',
  defaultResultVisibility: 'after-close',
  canSubmit: commonRefusal,
  pointsFor: ({ answer, settings }) => (isWrong(answer) ? wrongPoints(answer.score, settings.wrongPenalty) : earnedPoints(answer, settings)),
  toScoreEvents: (roundId, answers, settings) => eventPerAnswer(requiredRoundRule, roundId, answers, settings),
};

