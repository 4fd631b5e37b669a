import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { ContestSummary } from '@jingsai/domain';
import { queryKeys } from './keys';

export function useContests() {
  const token = useStaffToken();
  return useQuery({ queryKey: queryKeys.contests, queryFn: () => apiRequest<ContestSummary[]>('/contests', { token }), enabled: !!token });
}
