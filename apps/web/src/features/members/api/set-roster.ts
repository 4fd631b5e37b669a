import { apiRequest } from '../../../lib/api-client';
import { useMemberMutation } from './use-member-mutation';

export function useSetRoster(contestId: string) {
  return useMemberMutation(contestId, (token, args: { teamId: string; names: string[] }) =>
    apiRequest<unknown>(`/contests/${contestId}/teams/${args.teamId}/roster`, { method: 'PUT', body: { names: args.names }, token }),
  );
}
