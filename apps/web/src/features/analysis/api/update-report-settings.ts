import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStaffToken } from '../../auth/auth-context';
import { apiRequest } from '../../../lib/api-client';
import type { AnalysisReport, ReportSettings } from '@jingsai/domain';
import { analysisKeys } from './keys';

export function useUpdateReportSettings(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<ReportSettings>) => apiRequest<ReportSettings>(`/contests/${contestId}/analysis/settings`, { method: 'PATCH', body, token }),
    onSuccess: (settings) => {
      client.setQueryData<AnalysisReport>(analysisKeys.report(contestId), (report) => (report ? { ...report, settings } : report));
    },
  });
}
