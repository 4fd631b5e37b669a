/** JSON export/import of a bank. The format is the Question model itself, wrapped with a name and a version. Pure. */
import type { Question, QuestionType } from '@jingsai/domain';
import { type ImportIssue, QuestionBankImportError, QuestionBankImportErrorCode } from './question-bank-import.error';

export const BANK_JSON_FORMAT = 'jingsai-question-bank';
export const BANK_JSON_VERSION = 1;

export interface BankJson {
  name: string;
  questions: Question[];
}

const TYPES: readonly QuestionType[] = ['single', 'multiple', 'truefalse', 'blank', 'short'];

export function exportBankJson(bank: BankJson): string {
  return `${JSON.stringify({ format: BANK_JSON_FORMAT, version: BANK_JSON_VERSION, name: bank.name, questions: bank.questions }, null, 2)}\n`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Checks one question's shape; returns what is wrong (empty when valid). */
function problemsOf(q: unknown): string[] {
  if (!isRecord(q)) return ['不是对象 / not an object'];
  const p: string[] = [];
  if (!TYPES.includes(q.type as QuestionType)) p.push(`题型无效 / invalid type ${JSON.stringify(q.type)}`);
  if (typeof q.stem !== 'string' || !q.stem.trim()) p.push('缺少题干 / missing stem');
  if (typeof q.points !== 'number' || !(q.points >= 0)) p.push('分值无效 / invalid points');
  if (!isStringArray(q.tags)) p.push('tags 必须是字符串数组 / tags must be an array of strings');
  const options = q.options;
  const hasOptions = Array.isArray(options) && options.every((o) => isRecord(o) && typeof o.key === 'string' && typeof o.text === 'string');
  if (q.type === 'single' && (!hasOptions || typeof q.answer !== 'string')) p.push('单选题需要 options 和 answer / single needs options and answer');
  if (q.type === 'multiple' && (!hasOptions || !isStringArray(q.answer))) p.push('多选题需要 options 和 answer[] / multiple needs options and answer[]');
  if (q.type === 'truefalse' && q.answer !== true && q.answer !== false && q.answer !== null) p.push('判断题答案必须是 true/false / truefalse answer must be boolean');
  if (q.type === 'blank' && !(Array.isArray(q.blanks) && q.blanks.every(isStringArray))) p.push('填空题需要 blanks: string[][] / blank needs blanks: string[][]');
  if (q.type === 'short' && (typeof q.reference !== 'string' || !isStringArray(q.keyPoints))) p.push('简答题需要 reference 和 keyPoints / short needs reference and keyPoints');
  return p;
}

/** Line (1-based) of a JSON.parse error, from the position Node reports. */
function errorLine(json: string, err: unknown): number {
  const pos = err instanceof Error ? err.message.match(/position (\d+)/) : null;
  return pos ? json.slice(0, Number(pos[1])).split('\n').length : 1;
}

/** Parses a bank exported by exportBankJson (or a bare Question[]); throws QuestionBankImportError on bad input. */
export function importBankJson(json: string): BankJson {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new QuestionBankImportError(QuestionBankImportErrorCode.InvalidJson, [
      { line: errorLine(json, err), message: `JSON 格式错误 / Invalid JSON: ${err instanceof Error ? err.message : String(err)}` },
    ]);
  }
  const questions: unknown = Array.isArray(data) ? data : isRecord(data) ? data.questions : undefined;
  const name = isRecord(data) && typeof data.name === 'string' ? data.name : '';
  if (!Array.isArray(questions)) {
    throw new QuestionBankImportError(QuestionBankImportErrorCode.InvalidJson, [
      { line: 1, message: '缺少 questions 数组 / Missing the questions array' },
    ]);
  }
  const errors: ImportIssue[] = [];
  questions.forEach((q, i) => {
    for (const problem of problemsOf(q)) errors.push({ line: 0, message: `第 ${i + 1} 题：${problem} / Question #${i + 1}` });
  });
  if (errors.length) throw new QuestionBankImportError(QuestionBankImportErrorCode.InvalidJson, errors);
  return { name, questions: questions as Question[] };
}
