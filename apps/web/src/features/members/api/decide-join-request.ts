import { apiRequest } from '../../../lib/api-client';
import type { JoinDecision } from '@jingsai/domain';
import { useMemberMutation } from './use-member-mutation';

export function useDecideRequest(contestId: string) {
  return useMemberMutation(contestId, (token, args: { requestId: string; approve: boolean }) =>
    apiRequest<JoinDecision>(`/join-requests/${args.requestId}/decision`, { method: 'POST', body: { approve: args.approve }, token }),
  );
}
