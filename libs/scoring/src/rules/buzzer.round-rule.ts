import { buzzHolder } from './buzz-order';
import { commonRefusal, earnedPoints, eventPerAnswer, isWrong, loss, wrongPoints } from './round-rule.helpers';
import type { RoundRule, SubmitContext, SubmitRefusal } from './round-rule.types';

/**
 * 抢答: only the team holding the right may answer. Without passOnWrong the question is over
 * after the first wrong answer; with it (补答) the right passes down the buzz order.
 * False starts come in as GradedAnswers with `falseStart: true` and cost falseStartPenalty.
 */
export const buzzerRoundRule: RoundRule = {
  kind: 'buzzer',
  answeringUnit: () => 'team',
  defaultResultVisibility: 'after-close',
  canSubmit: (ctx) => commonRefusal(ctx) ?? buzzerRefusal(ctx),
  pointsFor({ answer, settings }) {
    if (answer.falseStart) return loss(settings.falseStartPenalty);
    return isWrong(answer) ? wrongPoints(answer.score, settings.wrongPenalty) : earnedPoints(answer, settings);
  },
  toScoreEvents: (roundId, answers, settings) => eventPerAnswer(buzzerRoundRule, roundId, answers, settings),
};

function buzzerRefusal(ctx: SubmitContext): SubmitRefusal | null {
  const wrongTeams = ctx.wrongTeams ?? [];
  if ((ctx.falseStarts ?? []).includes(ctx.teamId) || wrongTeams.includes(ctx.teamId)) return 'locked-out';
  return buzzHolder(ctx.buzzOrder ?? [], wrongTeams, ctx.settings.passOnWrong) === ctx.teamId ? null : 'not-your-turn';
}
