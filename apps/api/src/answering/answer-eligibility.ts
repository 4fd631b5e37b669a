import { AppError } from '../common/app-error';
import type { RoundEntity, RoundQuestionEntity, TeamEntity } from '../database/entities';


/**
 * Which teams may take part in a question, beside the round kind's own rule: a tie-break round
 * (加赛) admits only its listed teams; a round answered in turn admits only the question's team.
 */
export const AnswerEligibility = {
  /** Throws 403 outside a tie-break's list, 409 on another team's in-turn question. */
  assertMayAnswer(round: RoundEntity, rq: Pick<RoundQuestionEntity, 'assignedTeamId'>, teamId: string): void {
    const listed = round.settings.tieBreak ? round.settings.tieBreakTeams : undefined;
    if (listed && listed.length > 0 && !listed.includes(teamId)) throw new AppError('NOT_IN_TIE_BREAK');
    if (round.settings.assignment === 'in-turn' && rq.assignedTeamId && rq.assignedTeamId !== teamId) {
      throw new AppError('ASSIGNED_TO_ANOTHER_TEAM');
    }
  },

  /**
   * The team an in-turn question is assigned to when it opens: the one asked for, or by default the
   * next in turn (teams in order — a tie-break's listed teams — by the question's position). Null for
   * rounds every team answers.
   */
  teamFor(round: RoundEntity, rq: Pick<RoundQuestionEntity, 'position'>, teams: Pick<TeamEntity, 'id'>[], requested: string | undefined): string | null {
    if (round.settings.assignment !== 'in-turn') {
      if (requested) throw new AppError('ROUND_NOT_IN_TURN');
      return null;
    }
    const listed = round.settings.tieBreak && round.settings.tieBreakTeams?.length ? round.settings.tieBreakTeams : null;
    const eligible = listed ? teams.filter((t) => listed.includes(t.id)) : teams;
    if (requested) {
      if (!teams.some((t) => t.id === requested)) throw new AppError('ASSIGNED_TEAM_NOT_IN_CONTEST');
      if (!eligible.some((t) => t.id === requested)) throw new AppError('ASSIGNED_TEAM_NOT_IN_TIE_BREAK');
      return requested;
    }
    if (eligible.length === 0) throw new AppError('NO_TEAM_TO_ASSIGN');
    return eligible[(rq.position - 1) % eligible.length].id;
  },
};
