import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { BankSummary } from '@jingsai/domain';
import { queryKeys } from '../../contests/api/keys';

export function useBanks() {
  const token = useStaffToken();
  return useQuery({ queryKey: queryKeys.banks, queryFn: () => apiRequest<BankSummary[]>('/banks', { token }), enabled: !!token });
}
