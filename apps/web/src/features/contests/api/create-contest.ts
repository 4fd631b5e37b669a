import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { ContestSummary } from '@jingsai/domain';
import { contestKeys } from './keys';

export function useCreateContest() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; baseScore?: number }) => apiRequest<ContestSummary>('/contests', { method: 'POST', body, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: contestKeys.contests }),
  });
}
