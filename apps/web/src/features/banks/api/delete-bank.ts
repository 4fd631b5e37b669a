import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import { bankKeys } from './keys';

export function useDeleteBank() {
  return useStaffMutation((token, bankId: string) =>
    apiRequest<unknown>(`/banks/${bankId}`, { method: 'DELETE', token }),
    bankKeys.banks,
  );
}
