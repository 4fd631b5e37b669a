import type { PublicUser, StaffRole } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import { accountKeys } from './keys';

export interface NewAccount {
  username: string;
  password: string;
  role: Exclude<StaffRole, 'admin'>;
}

export function useCreateAccount() {
  return useStaffMutation((token, body: NewAccount) => apiRequest<PublicUser>('/users', { method: 'POST', body, token }), accountKeys.list);
}
