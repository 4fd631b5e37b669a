/** React Query hooks for the organizer console. */
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnMapping, DuplicateAction, Question, QuestionType, RoundKind } from '@jingsai/domain';
import { apiRequest } from './client';
import { useStaffToken } from './auth-context';
import type { BankSummary, ContestDetails, ContestSummary, ImportSummary, RejudgeReport, StoredQuestion } from './types';
import type { RoundSettingsInput } from './round-settings';

export const queryKeys = {
  contests: ['contests'] as const,
  contest: (id: string) => ['contest', id] as const,
  banks: ['banks'] as const,
  bankQuestions: (bankId: string, type?: string, search?: string) => ['bank-questions', bankId, type ?? '', search ?? ''] as const,
};

export function useContests() {
  const token = useStaffToken();
  return useQuery({ queryKey: queryKeys.contests, queryFn: () => apiRequest<ContestSummary[]>('/contests', { token }), enabled: !!token });
}

export function useContest(id: string) {
  const token = useStaffToken();
  return useQuery({ queryKey: queryKeys.contest(id), queryFn: () => apiRequest<ContestDetails>(`/contests/${id}`, { token }), enabled: !!token });
}

export function useCreateContest() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; baseScore?: number }) => apiRequest<ContestSummary>('/contests', { method: 'POST', body, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.contests }),
  });
}

export function useAddTeam(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; group?: string }) => apiRequest<{ id: string; joinCode: string }>(`/contests/${contestId}/teams`, { method: 'POST', body, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.contest(contestId) }),
  });
}

export interface NewRound {
  title: string;
  kind: RoundKind;
  questionIds: string[];
  secondsPerQuestion: number;
  settings?: RoundSettingsInput;
}

export function useAddRound(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewRound) => apiRequest<{ id: string }>(`/contests/${contestId}/rounds`, { method: 'POST', body, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.contest(contestId) }),
  });
}

export function useQuestionControl(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { roundId: string; questionId: string; action: 'open' | 'close' }) =>
      apiRequest<{ openedAt?: string; deadline?: string; closedAt?: string }>(`/rounds/${args.roundId}/questions/${args.questionId}/${args.action}`, {
        method: 'POST',
        token,
      }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.contest(contestId) }),
  });
}

export function useBanks() {
  const token = useStaffToken();
  return useQuery({ queryKey: queryKeys.banks, queryFn: () => apiRequest<BankSummary[]>('/banks', { token }), enabled: !!token });
}

export function useBankQuestions(bankId: string | undefined, type?: QuestionType, search?: string) {
  const token = useStaffToken();
  return useQuery({
    queryKey: queryKeys.bankQuestions(bankId ?? '', type, search),
    queryFn: () => apiRequest<StoredQuestion[]>(`/banks/${bankId}/questions`, { token, query: { type, search: search?.trim() || undefined } }),
    enabled: !!token && !!bankId,
    placeholderData: (previous) => previous,
  });
}

/** Every question of every bank, by id: lets the console show stems of a round's questions. */
export function useAllQuestionsById(): Map<string, StoredQuestion> {
  const token = useStaffToken();
  const banks = useBanks();
  const results = useQueries({
    queries: (banks.data ?? []).map((bank) => ({
      queryKey: queryKeys.bankQuestions(bank.id),
      queryFn: () => apiRequest<StoredQuestion[]>(`/banks/${bank.id}/questions`, { token }),
      enabled: !!token,
      staleTime: 60_000,
    })),
  });
  const map = new Map<string, StoredQuestion>();
  for (const result of results) for (const q of result.data ?? []) map.set(q.id, q);
  return map;
}

export type ImportInput = ({ file: File; name?: string } | { content: string; name: string }) & {
  dryRun?: boolean;
  /** A spreadsheet header the server did not recognise: column number → field. */
  mapping?: ColumnMapping;
  /** A second import of the same name or content: ask (409), replace, merge or keep both. */
  onDuplicate?: DuplicateAction;
  targetBankId?: string;
};

export function useImportBank() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportInput) => {
      // A preview (dry run) parses and reports without saving anything.
      const path = input.dryRun ? '/banks/import?dryRun=true' : '/banks/import';
      const options = {
        ...(input.onDuplicate ? { onDuplicate: input.onDuplicate } : {}),
        ...(input.targetBankId ? { targetBankId: input.targetBankId } : {}),
        ...(input.mapping ? { mapping: JSON.stringify(input.mapping) } : {}),
      };
      if ('file' in input) {
        const form = new FormData();
        form.append('file', input.file);
        if (input.name) form.append('name', input.name);
        for (const [k, v] of Object.entries(options)) form.append(k, v);
        return apiRequest<ImportSummary>(path, { method: 'POST', body: form, token });
      }
      return apiRequest<ImportSummary>(path, { method: 'POST', body: { format: 'text', content: input.content, name: input.name, ...options }, token });
    },
    onSuccess: (summary) => {
      if (!summary.dryRun) void client.invalidateQueries({ queryKey: queryKeys.banks });
      if (summary.bankId) void client.invalidateQueries({ queryKey: ['bank-questions', summary.bankId] });
    },
  });
}

/** The changed fields of a question (its key, stem, points, explanation…). */
export type QuestionPatch = Partial<Question>;

export function useUpdateQuestion() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { id: string; patch: QuestionPatch }) => apiRequest<StoredQuestion>(`/questions/${args.id}`, { method: 'PATCH', body: args.patch, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['bank-questions'] }),
  });
}

/** dryRun: how many graded answers the patch would change; otherwise saves the patch and regrades them. */
export function useRejudge() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { id: string; patch: QuestionPatch; dryRun: boolean }) =>
      apiRequest<RejudgeReport>(`/questions/${args.id}/rejudge`, { method: 'POST', body: { question: args.patch, dryRun: args.dryRun }, token }),
    onSuccess: (_, args) => {
      if (!args.dryRun) void client.invalidateQueries({ queryKey: ['bank-questions'] });
    },
  });
}
