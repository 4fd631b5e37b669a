import type { UpcomingContext } from '../kind-plugin';
import { FALLBACK_STAKES, StakePicker } from './stake-picker';

/** 风险 on the phone: before the next question opens, the team picks its stake. */
export function StakeUpcoming({ contestId, channel, next, chosen, onChosen }: UpcomingContext) {
  return (
    <StakePicker
      contestId={contestId}
      channel={channel}
      questionId={next.questionId}
      tiers={next.stakes?.length ? next.stakes : FALLBACK_STAKES}
      chosen={chosen}
      onChosen={onChosen}
    />
  );
}
