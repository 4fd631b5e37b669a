import type { AssignedJudge } from '@jingsai/domain';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';

export function useAssignJudge(contestId: string) {
  const token = useStaffToken();
  return useMutation({
    mutationFn: (body: { userId: string; chief: boolean }) => apiRequest<AssignedJudge>(`/contests/${contestId}/judges`, { method: 'POST', body, token }),
  });
}
