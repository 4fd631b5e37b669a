/** React Query hooks for the organizer console. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnMapping, CreatedRound, CreatedTeam, DuplicateAction, Question, QuestionControlResult, QuestionType, RoundKind } from '@jingsai/domain';
import { apiRequest } from './client';
import { useStaffToken } from './auth-context';
import type { BankSummary, ContestDetails, ContestSummary, ImportSummary, StoredQuestion } from '@jingsai/domain';
import type { RoundSettingsInput } from '@jingsai/domain';

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

export interface NewTeam {
  name: string;
  group?: string;
  /** The names that may join (each gets a PIN); exclusive with memberCap. */
  roster?: string[];
  memberCap?: number;
}

export function useAddTeam(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTeam) => apiRequest<CreatedTeam>(`/contests/${contestId}/teams`, { method: 'POST', body, token }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.contest(contestId) });
      void client.invalidateQueries({ queryKey: ['members', contestId] });
    },
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
    mutationFn: (body: NewRound) => apiRequest<CreatedRound>(`/contests/${contestId}/rounds`, { method: 'POST', body, token }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.contest(contestId) });
      void client.invalidateQueries({ queryKey: ['contest-questions', contestId] });
    },
  });
}

export function useQuestionControl(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    /** reopen: a closed question opens again (answers given stay, teams that have not answered may answer). */
    mutationFn: (args: { roundId: string; questionId: string; action: 'open' | 'close'; reopen?: boolean }) =>
      apiRequest<QuestionControlResult>(`/rounds/${args.roundId}/questions/${args.questionId}/${args.action}`, {
        method: 'POST',
        body: args.reopen ? { reopen: true } : undefined,
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

/** Edits the bank's question only: contests keep their own copies (fix those inside the contest). */
export function useUpdateQuestion() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { id: string; patch: QuestionPatch }) => apiRequest<StoredQuestion>(`/questions/${args.id}`, { method: 'PATCH', body: args.patch, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['bank-questions'] }),
  });
}
