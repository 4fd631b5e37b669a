import type { MembersView } from '@jingsai/domain';
import { useStaffQuery } from '../../auth/api/use-staff-query';
import { memberKeys } from './keys';

/** Rosters, PINs, who joined, new phones waiting: refetched on the `members.changed` push (the contest page invalidates it). */
export function useMembers(contestId: string) {
  return useStaffQuery<MembersView>(memberKeys.members(contestId), `/contests/${contestId}/members`);
}
