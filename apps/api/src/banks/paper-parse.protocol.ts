/** Messages between the api and its paper-parsing worker thread. */
import type { ColumnMapping } from '@jingsai/domain';
import type { ImportErrorDetails, ImportIssue, ParseResult } from '@jingsai/question-bank';

export type ParseJob =
  | { id: number; kind: 'file'; bytes: ArrayBuffer; fileName: string; mapping?: ColumnMapping }
  | { id: number; kind: 'text'; format: 'text' | 'json'; content: string };

export type ParseReply =
  | { id: number; ok: true; result: ParseResult }
  | { id: number; ok: false; error: { importCode?: string; errors?: ImportIssue[]; details?: ImportErrorDetails; message: string } };
