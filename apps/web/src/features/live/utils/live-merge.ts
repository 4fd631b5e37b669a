/** Live events folded into the live view, so every face shows the same buzz state without a refetch. */
import type { BuzzResult, BuzzTurnEvent, ContestUpdatedEvent, LiveBuzzState, LiveView } from '@jingsai/domain';

/** A buzz as the room hears it, or this phone's own buzz result (no holder known yet). */
export type BuzzUpdate = BuzzResult & { questionId: string; teamName?: string; holderTeamId?: string | null };

const EMPTY_BUZZ: LiveBuzzState = { order: [], falseStarts: [], holderTeamId: null, wrongTeamIds: [] };

function withOffsets(order: LiveBuzzState['order']): LiveBuzzState['order'] {
  const sorted = [...order].sort((a, b) => a.rank - b.rank);
  const first = sorted[0] ? new Date(sorted[0].at).getTime() : 0;
  return sorted.map((entry) => ({ ...entry, offsetMs: Math.max(0, new Date(entry.at).getTime() - first) }));
}

/** A buzz (from the socket, or this phone's own answer to POST /buzz) added to the current question's buzz state. */
export function applyBuzz(view: LiveView, event: BuzzUpdate): LiveView {
  if (!view.question || view.question.id !== event.questionId) return view;
  const buzz = view.buzz ?? EMPTY_BUZZ;
  const teamName = event.teamName ?? '';
  let { order, falseStarts } = buzz;
  if (event.falseStart) {
    if (!falseStarts.some((f) => f.teamId === event.teamId)) falseStarts = [...falseStarts, { teamId: event.teamId, teamName }];
  } else if (event.rank !== null && !order.some((o) => o.teamId === event.teamId)) {
    order = withOffsets([...order, { teamId: event.teamId, teamName, rank: event.rank, at: event.at ?? new Date().toISOString(), offsetMs: 0 }]);
  }
  const holderTeamId = event.holderTeamId !== undefined ? event.holderTeamId : (buzz.holderTeamId ?? (event.granted ? event.teamId : null));
  return { ...view, buzz: { ...buzz, order, falseStarts, holderTeamId } };
}

/** After a wrong answer the right to answer passes (or nobody holds it). */
export function applyBuzzTurn(view: LiveView, event: BuzzTurnEvent): LiveView {
  if (!view.question || view.question.id !== event.questionId) return view;
  const buzz = view.buzz ?? EMPTY_BUZZ;
  return { ...view, buzz: { ...buzz, holderTeamId: event.holderTeamId, wrongTeamIds: event.wrongTeamIds } };
}

export function applyContestUpdate(view: LiveView, event: ContestUpdatedEvent): LiveView {
  return { ...view, ...(event.title ? { title: event.title } : {}), ...(event.status ? { status: event.status } : {}) };
}
