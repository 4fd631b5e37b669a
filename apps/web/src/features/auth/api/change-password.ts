/** POST /auth/password: a new password (the old token stops; the answer carries a new session). */
import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { LoginResponse } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export function changePassword(token: string | null, body: PasswordChange): Promise<LoginResponse> {
  return apiRequest<LoginResponse>('/auth/password', { method: 'POST', token, body });
}

export function useChangePassword(token: string | null, options: Omit<UseMutationOptions<LoginResponse, Error, PasswordChange>, 'mutationFn'> = {}) {
  return useMutation({ ...options, mutationFn: (body: PasswordChange) => changePassword(token, body) });
}
