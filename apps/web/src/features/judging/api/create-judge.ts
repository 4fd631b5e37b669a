import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import { judgeKeys } from './keys';
import type { PublicUser } from '@jingsai/domain';

export function useCreateJudge() {
  return useStaffMutation((token, body: { username: string; password: string }) =>
    apiRequest<PublicUser>('/users', { method: 'POST', body: { ...body, role: 'judge' }, token }),
    judgeKeys.users,
  );
}
