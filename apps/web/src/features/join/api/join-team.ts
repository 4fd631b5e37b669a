/** POST /join: a member joins a team with the code, a name, the phone's secret (and a PIN on a new phone). */
import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { JoinResponse } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { deviceSecret } from '../../../lib/device-secret';

export interface JoinInput {
  joinCode: string;
  name: string;
  pin?: string;
}

export function joinTeam(input: JoinInput): Promise<JoinResponse> {
  return apiRequest<JoinResponse>('/join', {
    method: 'POST',
    body: { joinCode: input.joinCode.trim().toUpperCase(), name: input.name.trim(), pin: input.pin?.trim() || undefined, secret: deviceSecret() },
  });
}

export function useJoinTeam(options: Omit<UseMutationOptions<JoinResponse, Error, JoinInput>, 'mutationFn'> = {}) {
  return useMutation({ ...options, mutationFn: joinTeam });
}
