import { useQuery } from '@tanstack/react-query';
import { useStaffToken } from '../../auth/auth-context';
import { apiRequest } from '../../../lib/api-client';
import type { AnalysisReport } from '@jingsai/domain';
import { analysisKeys } from './keys';

/**
 * The report, asked for when the tab opens and on 刷新: never on a timer, since a preliminary's report
 * takes the server seconds of work while its contestants are still answering.
 */
export function useAnalysis(contestId: string) {
  const token = useStaffToken();
  return useQuery({
    queryKey: analysisKeys.report(contestId),
    queryFn: () => apiRequest<AnalysisReport>(`/contests/${contestId}/analysis`, { token }),
    enabled: !!token && !!contestId,
    staleTime: 5_000,
  });
}
