/** One entry point for an uploaded file: decides the format from the name and the bytes, then parses. */
import type { ColumnMapping, Question, QuestionReport } from '@jingsai/domain';
import mammoth from 'mammoth';
import { recogniseHeader } from './bank-header';
import { importBankJson } from './bank-json';
import { readBankRows } from './bank-rows.reader';
import { readCsvBank } from './csv.reader';
import { readDocx } from './docx.reader';
import { type ParseOptions, type ParseResult, parsePaperText } from './paper-text.parser';
import { MESSAGES, QuestionBankImportError, QuestionBankImportErrorCode } from './question-bank-import.error';
import { readXlsxBank } from './xlsx.reader';
import { isZip, readZipDirectory } from './zip-archive';

export type FileFormat = 'text' | 'docx' | 'xlsx' | 'csv' | 'json';

export interface FileParseOptions extends Omit<ParseOptions, 'file' | 'format'> {
  /** Column number (1-based) → field, for a spreadsheet whose header was not recognised. */
  mapping?: ColumnMapping;
}

const fail = (code: QuestionBankImportErrorCode, message: string): never => {
  throw new QuestionBankImportError(code, [{ line: 0, message }]);
};

/** The format, from the bytes first (a renamed file still works) and the extension second. */
export function detectFormat(buffer: Buffer, fileName: string): FileFormat | null {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (isZip(buffer)) {
    // Word and Excel packages differ by their part names.
    let names: string[] = [];
    try {
      names = readZipDirectory(buffer).map((e) => e.name);
    } catch {
      const head = buffer.toString('latin1');
      names = head.includes('word/') ? ['word/'] : head.includes('xl/') ? ['xl/'] : [];
    }
    if (names.some((n) => n.startsWith('word/'))) return 'docx';
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
    return ext === 'docx' ? 'docx' : ext === 'xlsx' ? 'xlsx' : null;
  }
  if (['docx', 'xlsx', 'doc', 'xls', 'pdf', 'wps', 'et'].includes(ext)) return null;
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (['txt', 'md', 'text', ''].includes(ext)) return 'text';
  return null;
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK/GB2312). */
export function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

/** Binary: NUL bytes or many control characters in what should be text. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return controls > Math.max(2, sample.length * 0.05);
}

function requireQuestions(result: ParseResult): ParseResult {
  if (result.questions.length === 0) fail(QuestionBankImportErrorCode.NoQuestions, MESSAGES.noQuestions);
  return result;
}

/** Word: the paper's text through the paper parser, and any table of questions (a known header row) through the row reader. */
async function parseDocx(buffer: Buffer, fileName: string, opts: FileParseOptions): Promise<ParseResult> {
  let read: ReturnType<typeof readDocx>;
  try {
    read = readDocx(buffer, (rows) => rows.length > 1 && recogniseHeader(rows.slice(0, 1)) !== null);
  } catch (error) {
    if (error instanceof QuestionBankImportError && error.code === QuestionBankImportErrorCode.TooLarge) throw error;
    // An odd package our reader does not follow: mammoth's plain text is still better than nothing.
    try {
      const { value } = await mammoth.extractRawText({ buffer });
      read = { text: value.replace(/\n{2,}/g, '\n'), tables: [] };
    } catch {
      return fail(QuestionBankImportErrorCode.UnknownFormat, '无法读取 Word 文件 / Cannot read the Word document');
    }
  }
  const text = parsePaperText(read.text, { ...opts, file: fileName, format: 'docx' });
  const parts: { question: Question; report: QuestionReport }[] = text.questions.map((question, i) => ({ question, report: text.reports?.[i] ?? { layout: { format: 'docx', answer: 'line' }, warnings: [] } }));
  const warnings = text.questions.length ? [...text.warnings] : text.warnings.filter((w) => w.line > 0);
  for (const table of read.tables) {
    const header = recogniseHeader(table.rows);
    if (!header) continue;
    const rows = readBankRows(table.rows, header, 'docx', table.line);
    rows.questions.forEach((question, i) => {
      const file = { ...question, source: { file: fileName, line: question.source?.line ?? table.line } } as Question;
      parts.push({ question: file, report: rows.reports?.[i] ?? { layout: { format: 'docx', answer: 'cell' }, warnings: [] } });
    });
    warnings.push(...rows.warnings);
  }
  parts.sort((a, b) => (a.question.source?.line ?? 0) - (b.question.source?.line ?? 0));
  return requireQuestions({
    questions: parts.map((p) => p.question),
    warnings: warnings.sort((a, b) => a.line - b.line),
    reports: parts.map((p) => p.report),
  });
}

export async function parseQuestionFile(buffer: Buffer, fileName: string, opts: FileParseOptions = {}): Promise<ParseResult> {
  if (buffer.length === 0) fail(QuestionBankImportErrorCode.Empty, MESSAGES.empty);
  const format = detectFormat(buffer, fileName);
  switch (format) {
    case 'docx':
      return parseDocx(buffer, fileName, opts);
    case 'xlsx':
      return requireQuestions(await readXlsxBank(buffer, opts.mapping));
    case 'csv': {
      const text = decodeText(buffer);
      if (looksBinary(text)) fail(QuestionBankImportErrorCode.Binary, MESSAGES.binary);
      return requireQuestions(readCsvBank(text, opts.mapping));
    }
    case 'json': {
      const bank = importBankJson(decodeText(buffer));
      return requireQuestions(jsonResult(bank.questions));
    }
    case 'text': {
      const text = decodeText(buffer);
      if (looksBinary(text)) fail(QuestionBankImportErrorCode.Binary, MESSAGES.binary);
      if (!text.trim()) fail(QuestionBankImportErrorCode.Empty, MESSAGES.empty);
      return requireQuestions(parsePaperText(text, { ...opts, file: fileName }));
    }
    default:
      return fail(QuestionBankImportErrorCode.UnknownFormat, MESSAGES.unknownFormat);
  }
}

/** A JSON bank's questions with their (trivial) layout reports. */
export function jsonResult(questions: Question[]): ParseResult {
  return { questions, warnings: [], reports: questions.map((q) => ({ layout: { format: 'json', answer: q.draft ? 'none' : 'field' }, warnings: [] })) };
}
