import type { PublicUser } from '@jingsai/domain';
import { useStaffQuery } from '../../auth/api/use-staff-query';
import { accountKeys } from './keys';

/** Staff accounts: active ones for organizers; the admin also gets disabled ones (marked `disabled`). */
export function useAccounts() {
  return useStaffQuery<PublicUser[]>(accountKeys.list, '/users');
}
