import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { OptionSharesView } from '@jingsai/domain';
import { analysisKeys } from './keys';

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
