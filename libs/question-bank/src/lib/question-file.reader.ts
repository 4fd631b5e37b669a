/** One entry point for an uploaded file: decides the format from the name and the bytes, then parses. */
import { importBankJson } from './bank-json';
import { readDocx } from './docx.reader';
import { type ParseOptions, type ParseResult, parsePaperText } from './paper-text.parser';
import { MESSAGES, QuestionBankImportError, QuestionBankImportErrorCode } from './question-bank-import.error';
import { readXlsxBank } from './xlsx.reader';

export type FileFormat = 'text' | 'docx' | 'xlsx' | 'json';

const fail = (code: QuestionBankImportErrorCode, message: string): never => {
  throw new QuestionBankImportError(code, [{ line: 0, message }]);
};

function isZip(buffer: Buffer): boolean {
  return buffer.length > 4 && buffer.readUInt32LE(0) === 0x04034b50;
}

/** The format, from the bytes first (a renamed file still works) and the extension second. */
export function detectFormat(buffer: Buffer, fileName: string): FileFormat | null {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (isZip(buffer)) {
    // Zip entry names are stored uncompressed, so the part names tell Word from Excel.
    const head = buffer.toString('latin1');
    if (head.includes('word/')) return 'docx';
    if (head.includes('xl/')) return 'xlsx';
    return ext === 'docx' ? 'docx' : ext === 'xlsx' ? 'xlsx' : null;
  }
  if (['docx', 'xlsx', 'doc', 'xls', 'pdf'].includes(ext)) return null;
  if (ext === 'json') return 'json';
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

export async function parseQuestionFile(buffer: Buffer, fileName: string, opts: Omit<ParseOptions, 'file'> = {}): Promise<ParseResult> {
  if (buffer.length === 0) fail(QuestionBankImportErrorCode.Empty, MESSAGES.empty);
  const format = detectFormat(buffer, fileName);
  switch (format) {
    case 'docx': {
      let text = '';
      try {
        text = readDocx(buffer).text;
      } catch {
        fail(QuestionBankImportErrorCode.UnknownFormat, '无法读取 Word 文件 / Cannot read the Word document');
      }
      return requireQuestions(parsePaperText(text, { ...opts, file: fileName, format: 'docx' }));
    }
    case 'xlsx':
      return readXlsxBank(buffer);
    case 'json': {
      const bank = importBankJson(decodeText(buffer));
      return requireQuestions({ questions: bank.questions, warnings: [] });
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
