import type { PublicUser } from '@jingsai/domain';
import { useStaffQuery } from '../../auth/api/use-staff-query';
import { judgeKeys } from './keys';

/** Staff accounts (admins). */
export function useStaffUsers() {
  return useStaffQuery<PublicUser[]>(judgeKeys.users, '/users');
}
