import type { LiveBuzzState, TeamRef } from '@jingsai/domain';
import { buzzHolder, resolveBuzzOrder } from '@jingsai/scoring';
import type { RoundQuestionEntity } from '../../database/entities';
import type { RoundKindState } from '../round-kind.plugin';

/** The buzz order so far (by arrival), false starts, and the team that holds the right to answer. */
export async function buzzState(
  state: RoundKindState,
  rq: RoundQuestionEntity,
  passOnWrong: boolean | undefined,
  ref: (teamId: string) => TeamRef,
): Promise<LiveBuzzState> {
  const [buzzes, wrongTeamIds] = await Promise.all([state.listBuzzes(rq.id), state.listWrongTeams(rq.id)]);
  const { order, falseStarts } = resolveBuzzOrder(buzzes);
  const firstAt = (teamId: string) => buzzes.find((b) => b.teamId === teamId && !b.falseStart)?.at ?? new Date(0);
  const start = order.length ? firstAt(order[0]).getTime() : 0;
  return {
    order: order.map((teamId, i) => ({ ...ref(teamId), rank: i + 1, at: firstAt(teamId).toISOString(), offsetMs: firstAt(teamId).getTime() - start })),
    falseStarts: falseStarts.map(ref),
    holderTeamId: buzzHolder(order, wrongTeamIds, passOnWrong),
    wrongTeamIds,
  };
}
