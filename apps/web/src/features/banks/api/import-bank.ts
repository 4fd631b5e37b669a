import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ColumnMapping, DuplicateAction, ImportSummary } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { bankKeys } from './keys';

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
      if (!summary.dryRun) void client.invalidateQueries({ queryKey: bankKeys.banks });
      if (summary.bankId) void client.invalidateQueries({ queryKey: [...bankKeys.allQuestions, summary.bankId] });
    },
  });
}
