/** POST /auth/login: a staff member signs in. */
import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { LoginResponse } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';

export interface LoginInput {
  username: string;
  password: string;
}

export function login(body: LoginInput): Promise<LoginResponse> {
  return apiRequest<LoginResponse>('/auth/login', { method: 'POST', body });
}

export function useLogin(options: Omit<UseMutationOptions<LoginResponse, Error, LoginInput>, 'mutationFn'> = {}) {
  return useMutation({ ...options, mutationFn: login });
}
