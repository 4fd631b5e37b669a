import type { Deleted } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import { bankKeys } from './keys';

export function useDeleteBank() {
  return useStaffMutation((token, bankId: string) =>
    apiRequest<Deleted>(`/banks/${bankId}`, { method: 'DELETE', token }),
    bankKeys.banks,
  );
}
