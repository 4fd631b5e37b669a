import type { PublicUser, UserDisabled } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import { accountKeys } from './keys';

/** The admin's changes to one account; each reads the list again once done. */
export function useDisableAccount() {
  return useStaffMutation((token, userId: string) => apiRequest<UserDisabled>(`/users/${userId}`, { method: 'DELETE', token }), accountKeys.list);
}

export function useEnableAccount() {
  return useStaffMutation((token, userId: string) => apiRequest<PublicUser>(`/users/${userId}/enable`, { method: 'POST', token }), accountKeys.list);
}

/** A temporary password: the account's sessions end and its next sign-in must set its own. */
export function useResetPassword() {
  return useStaffMutation(
    (token, args: { userId: string; password: string }) => apiRequest<PublicUser>(`/users/${args.userId}/password`, { method: 'POST', body: { password: args.password }, token }),
    accountKeys.list,
  );
}
