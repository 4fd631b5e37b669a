import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { judgeKeys } from './keys';
import type { PublicUser } from '@jingsai/domain';

export function useCreateJudge() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    onSuccess: () => client.invalidateQueries({ queryKey: judgeKeys.users }),
    mutationFn: (body: { username: string; password: string }) =>
      apiRequest<PublicUser>('/users', { method: 'POST', body: { ...body, role: 'judge' }, token }),
  });
}
