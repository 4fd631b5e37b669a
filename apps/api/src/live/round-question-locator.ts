import type { RoundQuestionEntity } from '../database/entities';

/**
 * Which placement of a question a buzz or stake targets: the open one; else the next pending one
 * (a buzz before open is a false start on it, a stake is placed on it); else the latest one.
 */
export function targetRoundQuestion(placements: RoundQuestionEntity[]): RoundQuestionEntity | null {
  return (
    placements.find((rq) => rq.status === 'open') ??
    placements.find((rq) => rq.status === 'pending') ??
    [...placements].sort((a, b) => (b.openedAt?.getTime() ?? 0) - (a.openedAt?.getTime() ?? 0))[0] ??
    null
  );
}
