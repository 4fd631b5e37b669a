import type { LiveBuzzState } from '@jingsai/domain';

/** One team's view of the current buzz: its place, and who holds the right to answer now. */
export interface BuzzView {
  /** My team's place in the buzz order (from the live view, so a reload shows it too). */
  mine: { rank: number; offsetMs: number } | null;
  falseStart: boolean;
  holderTeamId: string | null;
  holderTeamName: string | null;
  /** My team holds the right to answer. */
  myTurn: boolean;
  /** The right came to my team after another team's wrong answer. */
  passedToMe: boolean;
  /** My team answered and the right moved on. */
  passedOn: boolean;
  /** A wrong answer ended the turns (no 补答, or nobody left): nobody may answer any more. */
  over: boolean;
}

export function buzzViewOf(buzz: LiveBuzzState | null | undefined, teamId: string): BuzzView {
  const order = buzz?.order ?? [];
  const entry = order.find((o) => o.teamId === teamId);
  const holderTeamId = buzz?.holderTeamId ?? null;
  const wrong = buzz?.wrongTeamIds ?? [];
  return {
    mine: entry ? { rank: entry.rank, offsetMs: entry.offsetMs } : null,
    falseStart: Boolean(buzz?.falseStarts.some((f) => f.teamId === teamId)),
    holderTeamId,
    holderTeamName: order.find((o) => o.teamId === holderTeamId)?.teamName ?? null,
    myTurn: holderTeamId === teamId,
    passedToMe: holderTeamId === teamId && wrong.length > 0,
    passedOn: wrong.includes(teamId),
    over: holderTeamId === null && wrong.length > 0,
  };
}
