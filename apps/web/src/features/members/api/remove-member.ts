import { apiRequest } from '../../../lib/api-client';
import type { MemberRemoval } from '@jingsai/domain';
import { useMemberMutation } from './use-member-mutation';

export function useRemoveMember(contestId: string) {
  return useMemberMutation(contestId, (token, memberId: string) =>
    apiRequest<MemberRemoval>(`/contests/${contestId}/members/${memberId}`, { method: 'DELETE', token }),
  );
}
