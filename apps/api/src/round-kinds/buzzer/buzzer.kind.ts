import { IsBoolean, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { buzzerRoundRule, resolveBuzzOrder, type GradedAnswer } from '@jingsai/scoring';
import type { BuzzEntity, RoundQuestionEntity } from '../../database/entities';
import { plainRoundKind, type RoundKindPlugin } from '../round-kind.plugin';
import { buzzState } from './buzz-state';

/** 抢答: teams buzz once the question opens; the first in the buzz order holds the right to answer. */
export const buzzerKind: RoundKindPlugin = {
  ...plainRoundKind,
  kind: 'buzzer',
  rule: buzzerRoundRule,
  accepts: { buzz: true, stake: false, paper: false },
  settingsFields: {
    falseStartPenalty: [IsOptional(), IsNumber(), Min(0), Max(10000)],
    passOnWrong: [IsOptional(), IsBoolean()],
  },
  async submitContext(state, rq) {
    const [buzzes, wrongTeams] = await Promise.all([state.listBuzzes(rq.id), state.listWrongTeams(rq.id)]);
    const { order, falseStarts } = resolveBuzzOrder(buzzes);
    return { buzzOrder: order, falseStarts, wrongTeams };
  },
  liveView: async (state, rq, round, ref) => ({ buzz: await buzzState(state, rq, round.settings.passOnWrong, ref), stakes: null }),
  extraAnswers: (roundId, log) => falseStarts(roundId, log.roundQuestions, log.buzzes),
};

/** A buzz before the question opened is a false start: a scoring event of its own. */
function falseStarts(roundId: string, roundQuestions: RoundQuestionEntity[], allBuzzes: BuzzEntity[]): GradedAnswer[] {
  const result: GradedAnswer[] = [];
  for (const rq of roundQuestions.filter((q) => q.roundId === roundId && q.openedAt)) {
    const buzzes = allBuzzes.filter((b) => b.roundQuestionId === rq.id);
    for (const teamId of resolveBuzzOrder(buzzes).falseStarts) {
      const first = buzzes.find((b) => b.teamId === teamId) as BuzzEntity;
      result.push({ teamId, contestantId: first.contestantId, questionId: rq.questionId, score: 0, maxScore: 0, correct: null, at: first.at, falseStart: true });
    }
  }
  return result;
}
