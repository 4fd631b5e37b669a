/** Messages between the api and its paper-parsing worker thread. */
import type { ColumnMapping, Question, QuestionReport } from '@jingsai/domain';
import type { ImportErrorDetails, ImportIssue } from '@jingsai/question-bank';

export type ParseJob =
  | { id: number; kind: 'file'; bytes: ArrayBuffer; fileName: string; mapping?: ColumnMapping }
  | { id: number; kind: 'text'; format: 'text' | 'json'; content: string }
  /** The api asks for the next slice of a finished parse when it is ready for it. */
  | { id: number; kind: 'next' };

/**
 * Results come in slices, one per request: each message is small to deserialise and the api asks
 * for the next only after a turn of its event loop, so answers are served in between.
 */
export const QUESTIONS_PER_MESSAGE = 250;

export type ParseReply =
  | { id: number; slice: { questions: Question[]; reports: QuestionReport[] } }
  | { id: number; ok: true; warnings: ImportIssue[]; hasReports: boolean }
  | { id: number; ok: false; error: { importCode?: string; errors?: ImportIssue[]; details?: ImportErrorDetails; message: string } };
