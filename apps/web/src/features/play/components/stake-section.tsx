import { useState } from 'react';
import type { LiveView } from '@jingsai/domain';
import type { ActionChannel } from '../../live/utils/live-action';
import { roundKindOf } from '../../rounds/kinds/registry';

interface Props {
  contestId: string;
  channel: ActionChannel;
  next: LiveView['next'];
  /** What the team chose per question on this phone. */
  chosen: Record<string, number>;
  onChosen: (questionId: string, points: number) => void;
}

/** Before the next question opens, its kind's piece on the phone (风险: the stake picker). */
export function StakeSection({ contestId, channel, next, chosen, onChosen }: Props) {
  const Upcoming = next ? roundKindOf(next.roundKind).PhoneUpcoming : undefined;
  if (!next || !Upcoming) return null;
  return <Upcoming contestId={contestId} channel={channel} next={next} chosen={chosen[next.questionId] ?? null} onChosen={(points) => onChosen(next.questionId, points)} />;
}

/** The stakes this phone chose, per question, kept while the page lives. */
export function useChosenStakes() {
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const choose = (questionId: string, points: number) => setChosen((all) => ({ ...all, [questionId]: points }));
  return { chosen, choose };
}
