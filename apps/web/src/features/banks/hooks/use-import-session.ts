/**
 * One import at a time, from the left-hand form to the right-hand preview: preview (dry run), an
 * unknown spreadsheet header mapped by hand (remembered per header), a duplicate bank answered with
 * replace / merge / keep both, then the import itself.
 */
import { useState } from 'react';
import type { ColumnMapping, DuplicateAction, ImportSummary, UnknownHeader } from '@jingsai/domain';
import { ApiError } from '../../../lib/api-client';
import { rememberMapping, rememberedMapping } from '../utils/column-mappings';
import { type ImportInput, useImportBank } from '../api/import-bank';

export type ImportStage =
  | { kind: 'idle' }
  | { kind: 'preview'; input: ImportInput; summary: ImportSummary; header?: UnknownHeader; remembered: boolean; asked: boolean }
  | { kind: 'mapping'; input: ImportInput; header: UnknownHeader; initial?: ColumnMapping };

const reasonOf = (error: unknown): string | undefined => (error instanceof ApiError ? (error.body?.reason as string | undefined) : undefined);

function unknownHeader(error: unknown): UnknownHeader | null {
  if (reasonOf(error) !== 'UNKNOWN_HEADER' || !(error instanceof ApiError)) return null;
  const header = error.body?.header as UnknownHeader | undefined;
  return header && Array.isArray(header.columns) ? header : null;
}

export function useImportSession(onImported: (bankId: string) => void) {
  const importBank = useImportBank();
  const [stage, setStage] = useState<ImportStage>({ kind: 'idle' });
  const [done, setDone] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<unknown>(null);

  const finish = (summary: ImportSummary) => {
    setDone(summary);
    setStage({ kind: 'idle' });
    if (summary.bankId) onImported(summary.bankId);
  };

  const preview = async (input: ImportInput, extra: { header?: UnknownHeader; remembered?: boolean; asked?: boolean } = {}): Promise<void> => {
    setError(null);
    setDone(null);
    try {
      const summary = await importBank.mutateAsync({ ...input, dryRun: true });
      setStage({ kind: 'preview', input, summary, header: extra.header, remembered: !!extra.remembered, asked: !!extra.asked });
    } catch (e) {
      const header = unknownHeader(e);
      if (header && !input.mapping) {
        const remembered = rememberedMapping(header.columns.map((c) => c.title));
        if (remembered) return preview({ ...input, mapping: remembered }, { ...extra, header, remembered: true });
        setStage({ kind: 'mapping', input, header });
        return;
      }
      setError(e);
      setStage({ kind: 'idle' });
    }
  };

  /** "Import" without a preview: a duplicate or an unknown header opens the preview instead. */
  const importNow = async (input: ImportInput): Promise<void> => {
    setError(null);
    setDone(null);
    try {
      finish(await importBank.mutateAsync({ ...input, dryRun: false, onDuplicate: 'ask' }));
    } catch (e) {
      if (reasonOf(e) === 'DUPLICATE_BANK') return preview(input, { asked: true });
      if (unknownHeader(e)) return preview(input);
      setError(e);
    }
  };

  const applyMapping = (mapping: ColumnMapping): Promise<void> | undefined => {
    if (stage.kind !== 'mapping') return undefined;
    rememberMapping(
      stage.header.columns.map((c) => c.title),
      mapping,
    );
    return preview({ ...stage.input, mapping }, { header: stage.header });
  };

  const editMapping = (): void => {
    if (stage.kind === 'preview' && stage.header) {
      setStage({ kind: 'mapping', input: { ...stage.input, mapping: undefined }, header: stage.header, initial: stage.input.mapping });
    }
  };

  const confirm = async (choice: { action: DuplicateAction; targetBankId?: string } | null): Promise<void> => {
    if (stage.kind !== 'preview') return;
    setError(null);
    try {
      finish(await importBank.mutateAsync({ ...stage.input, dryRun: false, onDuplicate: choice?.action ?? 'ask', targetBankId: choice?.targetBankId }));
    } catch (e) {
      setError(e);
    }
  };

  const close = () => {
    setStage({ kind: 'idle' });
    setError(null);
  };

  return { stage, done, error, pending: importBank.isPending, preview, importNow, applyMapping, editMapping, confirm, close };
}

export type ImportSession = ReturnType<typeof useImportSession>;
