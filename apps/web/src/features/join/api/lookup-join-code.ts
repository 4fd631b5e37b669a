/** GET /join/:joinCode: the contest and team a join code opens, shown to confirm. */
import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { JoinLookup } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';

export function lookupJoinCode(joinCode: string): Promise<JoinLookup> {
  return apiRequest<JoinLookup>(`/join/${encodeURIComponent(joinCode.trim().toUpperCase())}`);
}

export function useLookupJoinCode(options: Omit<UseMutationOptions<JoinLookup, Error, string>, 'mutationFn'> = {}) {
  return useMutation({ ...options, mutationFn: lookupJoinCode });
}
