import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { ContestDetails } from '@jingsai/domain';
import { contestKeys } from './keys';

export function useContest(id: string) {
  const token = useStaffToken();
  return useQuery({ queryKey: contestKeys.contest(id), queryFn: () => apiRequest<ContestDetails>(`/contests/${id}`, { token }), enabled: !!token });
}
