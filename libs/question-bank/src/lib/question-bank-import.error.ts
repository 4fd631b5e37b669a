import type { UnknownHeader } from '@jingsai/domain';

/** One problem found while importing, with a bilingual (zh / en) message. `line` is 1-based; 0 when the problem is the file as a whole. */
export interface ImportIssue {
  line: number;
  message: string;
}

/** Why an import was refused; the API maps it to HTTP 422 (nothing is saved). */
export enum QuestionBankImportErrorCode {
  Empty = 'EMPTY',
  Binary = 'BINARY',
  UnknownFormat = 'UNKNOWN_FORMAT',
  NoQuestions = 'NO_QUESTIONS',
  InvalidRows = 'INVALID_ROWS',
  InvalidJson = 'INVALID_JSON',
  /** A zip whose entry count or expanded size is absurd (zip bomb), or a parse that ran out of memory or time. */
  TooLarge = 'TOO_LARGE',
  /** A spreadsheet whose header row names no known column: the organizer maps the columns (see `details.header`). */
  UnknownHeader = 'UNKNOWN_HEADER',
}

/** A spreadsheet header the reader could not map: the row number (1-based) and its cells, by column (1-based). */
export type UnknownHeaderDetails = UnknownHeader;

export interface ImportErrorDetails {
  header?: UnknownHeaderDetails;
}

export class QuestionBankImportError extends Error {
  constructor(
    readonly code: QuestionBankImportErrorCode,
    readonly errors: ImportIssue[],
    /** Extra facts for the caller, e.g. the unrecognised header row of a spreadsheet. */
    readonly details: ImportErrorDetails = {},
  ) {
    super(errors.map((e) => (e.line ? `line ${e.line}: ${e.message}` : e.message)).join('; '));
    this.name = 'QuestionBankImportError';
  }
}

export const MESSAGES = {
  empty: '文件为空 / The file is empty',
  binary: '文件是二进制内容，无法识别为题库 / Binary content, not a question bank',
  unknownFormat: '不支持的文件格式（支持 .txt .md .docx .xlsx .csv .json；.doc/.xls 请先另存为 .docx/.xlsx） / Unsupported file format (use .txt .md .docx .xlsx .csv .json; save .doc/.xls as .docx/.xlsx first)',
  noQuestions: '未识别到任何题目 / No questions recognised',
} as const;
