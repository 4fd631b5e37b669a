export { parsePaperText, DEFAULT_POINTS, type ParseOptions, type ParseResult } from './lib/paper-text.parser';
export { parseQuestionFile, detectFormat, decodeText, type FileFormat } from './lib/question-file.reader';
export { exportBankJson, importBankJson, BANK_JSON_FORMAT, BANK_JSON_VERSION, type BankJson } from './lib/bank-json';
export { readXlsxBank, XLSX_COLUMNS } from './lib/xlsx.reader';
export { writeXlsxTemplate } from './lib/xlsx-template.writer';
export { QuestionBankImportError, QuestionBankImportErrorCode, type ImportIssue } from './lib/question-bank-import.error';
export type { Warning as ParseWarning } from './lib/question-builders';
