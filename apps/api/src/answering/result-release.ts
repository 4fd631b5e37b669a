import { isResultVisible, resultVisibilityOf } from '@jingsai/scoring';
import { roundSettingsOf, type RoundEntity, type RoundQuestionEntity } from '../database/entities';

/** Rounds whose every question has closed; a paper round once its paper was collected. */
export function endedRoundsOf(
  rounds: Pick<RoundEntity, 'id' | 'settings'>[],
  placements: Pick<RoundQuestionEntity, 'roundId' | 'status'>[],
  collectedPaperRounds: Set<string>,
): Set<string> {
  const ended = rounds.filter((r) =>
    r.settings.paper ? collectedPaperRounds.has(r.id) : placements.filter((rq) => rq.roundId === r.id).every((rq) => rq.status === 'closed' || rq.status === 'revealed'),
  );
  return new Set(ended.map((r) => r.id));
}

/** Whether a result may be shown to contestants and the public now (staff always see it). */
export function isReleased(
  round: Pick<RoundEntity, 'kind' | 'secondsPerQuestion' | 'settings'>,
  rq: Pick<RoundQuestionEntity, 'status'> | undefined,
  roundEnded: boolean,
): boolean {
  return isResultVisible(resultVisibilityOf(roundSettingsOf(round)), { questionClosed: rq?.status === 'closed' || rq?.status === 'revealed', roundEnded });
}

