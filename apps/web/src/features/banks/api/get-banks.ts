import type { BankSummary } from '@jingsai/domain';
import { useStaffQuery } from '../../auth/api/use-staff-query';
import { bankKeys } from './keys';

/** The organizer's question banks. */
export function useBanks() {
  return useStaffQuery<BankSummary[]>(bankKeys.banks, '/banks');
}
