import type { BankRenamed } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import { bankKeys } from './keys';

export function useRenameBank() {
  return useStaffMutation((token, args: { bankId: string; name: string }) =>
    apiRequest<BankRenamed>(`/banks/${args.bankId}`, { method: 'PATCH', body: { name: args.name }, token }),
    bankKeys.banks,
  );
}
