import { useQuery } from '@tanstack/react-query';
import type { AssignedJudge } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { judgeKeys } from './keys';

export function useAssignedJudges(contestId: string) {
  const token = useStaffToken();
  return useQuery({
    queryKey: judgeKeys.assigned(contestId),
    queryFn: () => apiRequest<AssignedJudge[]>(`/contests/${contestId}/judges`, { token }),
    enabled: !!token,
  });
}
