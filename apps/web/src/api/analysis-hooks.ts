/** React Query hooks of the analysis report (console) and the option bar (big screen). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useStaffToken } from './auth-context';
import { apiRequest } from './client';
import type { AnalysisReport, OptionSharesView, ReportSettings } from '@jingsai/domain';

export const analysisKeys = {
  report: (contestId: string) => ['analysis', contestId] as const,
  optionShares: (contestId: string, questionId: string) => ['option-shares', contestId, questionId] as const,
};

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

/**
 * The big screen's option bar for a closed question (public, no token). Asked again every few
 * seconds while the question stays closed, so switching it on in the console shows it soon.
 */
export function useOptionShares(contestId: string, questionId: string | null, version: number) {
  return useQuery({
    queryKey: [...analysisKeys.optionShares(contestId, questionId ?? ''), version],
    queryFn: () => apiRequest<OptionSharesView>(`/contests/${contestId}/questions/${questionId}/option-shares`),
    enabled: !!contestId && !!questionId,
    // A new live version asks again: keep showing the bar meanwhile (the panel must not flicker).
    placeholderData: keepPreviousData,
    refetchInterval: 4_000,
    retry: false,
  });
}
