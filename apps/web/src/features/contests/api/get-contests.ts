import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { ContestSummary } from '@jingsai/domain';
import { contestKeys } from './keys';

export function useContests() {
  const token = useStaffToken();
  return useQuery({ queryKey: contestKeys.contests, queryFn: () => apiRequest<ContestSummary[]>('/contests', { token }), enabled: !!token });
}
