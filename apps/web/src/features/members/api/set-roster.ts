import type { TeamMembers } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useMemberMutation } from './use-member-mutation';

export function useSetRoster(contestId: string) {
  return useMemberMutation(contestId, (token, args: { teamId: string; names: string[] }) =>
    apiRequest<TeamMembers | undefined>(`/contests/${contestId}/teams/${args.teamId}/roster`, { method: 'PUT', body: { names: args.names }, token }),
  );
}
