/** Question-bank workbook (see README "xlsx template") → Question[]. I/O: reads the workbook buffer only. */
import ExcelJS from 'exceljs';
import type { Question, QuestionOption, QuestionType } from '@jingsai/domain';
import { keyPointsOf, letterList, trueFalseWord } from './answer-text';
import { DEFAULT_POINTS, type ParseResult } from './paper-text.parser';
import { type ImportIssue, QuestionBankImportError, QuestionBankImportErrorCode } from './question-bank-import.error';
import { countBlanks, normaliseBlanks } from './text.util';

/** The documented columns, in template order. Headers are matched by name, so users may reorder them. */
export const XLSX_COLUMNS = ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '分值', '解析', '分类', '难度'] as const;
export type XlsxColumn = (typeof XLSX_COLUMNS)[number];

const TYPE_NAMES: Record<string, QuestionType> = {
  单选: 'single', 单选题: 'single', 单项选择题: 'single', single: 'single',
  多选: 'multiple', 多选题: 'multiple', 多项选择题: 'multiple', 不定项选择题: 'multiple', multiple: 'multiple',
  判断: 'truefalse', 判断题: 'truefalse', 是非题: 'truefalse', truefalse: 'truefalse',
  填空: 'blank', 填空题: 'blank', blank: 'blank',
  简答: 'short', 简答题: 'short', 问答题: 'short', short: 'short',
};

export function typeFromName(name: string): QuestionType | undefined {
  return TYPE_NAMES[name.trim().toLowerCase()] ?? TYPE_NAMES[name.trim()];
}

/** A cell as text, whatever exceljs returns (rich text, formulas, numbers, booleans). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  return '';
}

type Row = Partial<Record<XlsxColumn, string>>;

function rowToQuestion(row: Row, line: number, errors: ImportIssue[], warnings: ImportIssue[]): Question | null {
  const type = typeFromName(row.题型 ?? '');
  const stemRaw = row.题干 ?? '';
  if (!type) errors.push({ line, message: `题型无效：${row.题型 ?? ''} / Unknown question type (单选 多选 判断 填空 简答)` });
  if (!stemRaw) errors.push({ line, message: '题干为空 / Empty stem' });
  const pointsText = row.分值 ?? '';
  const difficultyText = row.难度 ?? '';
  if (pointsText && !(Number(pointsText) >= 0)) errors.push({ line, message: `分值无效：${pointsText} / Invalid points` });
  if (difficultyText && !/^[1-5]$/.test(difficultyText)) errors.push({ line, message: `难度应为 1–5：${difficultyText} / Difficulty must be 1–5` });
  if (!type || !stemRaw) return null;
  const answer = row.答案 ?? '';
  const stem = normaliseBlanks(stemRaw);
  const base = {
    stem,
    points: pointsText ? Number(pointsText) : DEFAULT_POINTS[type],
    ...(row.分类 ? { category: row.分类 } : {}),
    ...(difficultyText ? { difficulty: Number(difficultyText) } : {}),
    ...(row.解析 ? { explanation: row.解析 } : {}),
    source: { line },
    tags: [] as string[],
  };
  const draft = (): { draft: true } => {
    warnings.push({ line, message: '未填答案，已作为草稿导入 / No answer: imported as a draft' });
    return { draft: true };
  };
  const options: QuestionOption[] = (['A', 'B', 'C', 'D', 'E', 'F'] as const)
    .map((key) => ({ key, text: row[`选项${key}`] ?? '' }))
    .filter((o) => o.text);
  switch (type) {
    case 'single':
    case 'multiple': {
      if (options.length < 2) errors.push({ line, message: '选择题至少需要两个选项 / A choice question needs at least two options' });
      const keys = letterList(answer);
      if (keys.some((k) => !options.some((o) => o.key === k))) errors.push({ line, message: `答案 ${answer} 不在选项中 / Answer is not among the options` });
      if (type === 'single' && keys.length > 1) errors.push({ line, message: `单选题只能有一个答案：${answer} / A single-choice question has one answer` });
      return type === 'single'
        ? { ...base, type, options, answer: keys[0] ?? '', ...(keys.length ? {} : draft()) }
        : { ...base, type, options, answer: keys, ...(keys.length ? {} : draft()) };
    }
    case 'truefalse': {
      const value = answer ? trueFalseWord(answer) : null;
      if (answer && value === null) errors.push({ line, message: `判断题答案应为 对/错：${answer} / True/false answer must be 对/错 (√/×)` });
      return { ...base, type, answer: value, ...(value === null ? draft() : {}) };
    }
    case 'blank': {
      // Blanks are separated by ；/; and accepted variants of one blank by |.
      const blanks = answer ? answer.split(/[;；]/).map((b) => b.split('|').map((v) => v.trim()).filter(Boolean)).filter((b) => b.length) : [];
      if (blanks.length && countBlanks(stem) && blanks.length !== countBlanks(stem)) {
        warnings.push({ line, message: `答案数 ${blanks.length} 与空数 ${countBlanks(stem)} 不符 / Answer count differs from blank count` });
      }
      return { ...base, type, blanks, ...(blanks.length ? {} : draft()) };
    }
    case 'short':
      return { ...base, type, reference: answer, keyPoints: keyPointsOf(answer), ...(answer ? {} : draft()) };
  }
}

/** Reads the first worksheet whose header row names 题型 and 题干. Throws QuestionBankImportError on bad rows. */
export async function readXlsxBank(buffer: Buffer): Promise<ParseResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw new QuestionBankImportError(QuestionBankImportErrorCode.UnknownFormat, [{ line: 0, message: '无法读取 Excel 文件 / Cannot read the Excel workbook' }]);
  }
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const questions: Question[] = [];
  for (const sheet of workbook.worksheets) {
    const header = new Map<number, XlsxColumn>();
    let headerRow = 0;
    sheet.eachRow((row, rowNo) => {
      const cells = (row.values as ExcelJS.CellValue[]).map((v) => cellText(v));
      if (!headerRow) {
        if (cells.includes('题型') && cells.includes('题干')) {
          headerRow = rowNo;
          cells.forEach((c, col) => {
            if ((XLSX_COLUMNS as readonly string[]).includes(c)) header.set(col, c as XlsxColumn);
          });
        }
        return;
      }
      const record: Row = {};
      header.forEach((name, col) => {
        if (cells[col]) record[name] = cells[col];
      });
      if (Object.keys(record).length === 0) return;
      const q = rowToQuestion(record, rowNo, errors, warnings);
      if (q) questions.push(q);
    });
    if (headerRow) break;
  }
  if (errors.length) throw new QuestionBankImportError(QuestionBankImportErrorCode.InvalidRows, errors);
  if (questions.length === 0) {
    throw new QuestionBankImportError(QuestionBankImportErrorCode.NoQuestions, [{ line: 0, message: '未识别到任何题目 / No questions recognised (表头需含 题型、题干 / the header row needs 题型 and 题干)' }]);
  }
  return { questions, warnings };
}
