import { commonRefusal, eventPerAnswer, isRightAnswer } from './round-rule.helpers';
import type { RoundRule, RoundSettings, SubmitContext, SubmitRefusal } from './round-rule.types';

export type StakeRefusal = 'invalid-tier' | 'tier-used' | 'question-open';

/**
 * 风险: the team stakes a tier before the question opens; right adds the stake, wrong
 * subtracts it. No answer = 0: only answers become events, and silence (often a dropped
 * connection) is not a wrong answer. A judged answer (correct null) wins the stake when it
 * earns at least half of the question's points; its event stays neutral (correct null).
 */
export const riskRoundRule: RoundRule = {
  kind: 'risk',
  answeringUnit: () => 'team',
  defaultResultVisibility: 'after-close',
  canSubmit: (ctx) => commonRefusal(ctx) ?? stakeRefusal(ctx),
  pointsFor({ answer }) {
    const stake = Math.abs(answer.stake ?? 0);
    if (stake === 0) return 0;
    return isRightAnswer(answer) ? stake : -stake;
  },
  toScoreEvents: (roundId, answers, settings) => eventPerAnswer(riskRoundRule, roundId, answers, settings),
};

/**
 * May the team stake `points`? `usedStakes` = tiers it already used on other questions of the
 * round (leave out the current question so a team can change its mind before open).
 * `timing` (optional) refuses a stake placed once the question has opened.
 */
export function validateStake(
  points: number,
  settings: RoundSettings,
  usedStakes: number[],
  timing?: { at: Date; openedAt: Date | null },
): StakeRefusal | null {
  if (timing?.openedAt && timing.at.getTime() >= timing.openedAt.getTime()) return 'question-open';
  if (!(settings.stakes ?? []).includes(points)) return 'invalid-tier';
  if (settings.stakeOncePerTeam && usedStakes.includes(points)) return 'tier-used';
  return null;
}

function stakeRefusal(ctx: SubmitContext): SubmitRefusal | null {
  const placedBeforeOpen = ctx.stake && ctx.openedAt && ctx.stake.at.getTime() < ctx.openedAt.getTime();
  return placedBeforeOpen ? null : 'no-stake';
}
