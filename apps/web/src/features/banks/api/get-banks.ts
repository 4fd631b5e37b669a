import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { BankSummary } from '@jingsai/domain';
import { bankKeys } from './keys';

export function useBanks() {
  const token = useStaffToken();
  return useQuery({ queryKey: bankKeys.banks, queryFn: () => apiRequest<BankSummary[]>('/banks', { token }), enabled: !!token });
}
