import { apiRequest } from '../../../lib/api-client';
import type { PinReset } from '@jingsai/domain';
import { useMemberMutation } from './use-member-mutation';

export function useResetPin(contestId: string) {
  return useMemberMutation(contestId, (token, memberId: string) => apiRequest<PinReset>(`/contests/${contestId}/members/${memberId}/pin`, { method: 'POST', token }));
}
