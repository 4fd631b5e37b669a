/** The header row of a question-bank sheet: which column holds what, by any of the names other systems use, or as the organizer maps them. Pure. */
import type { BankColumnField, ColumnMapping } from '@jingsai/domain';
import { type UnknownHeaderDetails } from './question-bank-import.error';
import { foldWidth } from './text.util';

export interface SheetRows {
  name: string;
  /** rows[i] is sheet row i + 1; cells[j] is column j + 1. */
  rows: string[][];
}

/** Header names other systems use, normalised (no spaces, lower case, no trailing "*" or "(必填)"). */
const SYNONYMS: Record<Exclude<BankColumnField, 'option' | 'ignore'>, string[]> = {
  type: ['题型', '题目类型', '试题类型', '类型', '题型名称', '题目题型', '试题题型', 'type', 'questiontype', '题类'],
  stem: ['题干', '题目', '试题', '试题内容', '题目内容', '题目名称', '试题题干', '题目题干', '问题', '题目描述', '内容', 'stem', 'question', 'title'],
  answer: ['答案', '正确答案', '标准答案', '参考答案', '答案选项', '正确选项', '试题答案', '题目答案', 'answer', 'key', 'correctanswer'],
  points: ['分值', '分数', '题目分值', '试题分值', '得分', 'score', 'points'],
  explanation: ['解析', '答案解析', '试题解析', '题目解析', '解释', '说明', 'explanation', 'analysis'],
  category: ['分类', '类别', '知识点', '章节', '专业', '题库分类', '所属分类', '所属章节', 'category'],
  difficulty: ['难度', '难易度', '难易程度', '难度等级', '难度系数', 'difficulty', 'level'],
};
/** Columns that are known but carry nothing to import. */
const IGNORED = ['序号', '题号', '编号', 'id', 'no', '备注', '创建人', '创建时间', '状态'];

export const OPTION_KEYS = 'ABCDEFGH';
const CHINESE_INDEX = '一二三四五六七八';

function normaliseTitle(title: string): string {
  return foldWidth(title)
    .replace(/[\s\u3000*＊]/g, '')
    .replace(/[(（][^)）]*[)）]$/, '')
    .toLowerCase();
}

/** "选项A" "A" "A选项" "选项1" "选项一" "选择A" "optionA" → the option letter. */
function optionKeyOf(title: string): string | null {
  const t = normaliseTitle(title).toUpperCase();
  const m =
    t.match(/^(?:选项|选择|答案|OPTION)?([A-H])(?:选项|项)?$/) ??
    t.match(/^(?:选项|OPTION)([1-8])$/) ??
    t.match(/^选项([一二三四五六七八])$/);
  if (!m) return null;
  const v = m[1];
  if (/[A-H]/.test(v)) return v;
  if (/[1-8]/.test(v)) return OPTION_KEYS[Number(v) - 1];
  return OPTION_KEYS[CHINESE_INDEX.indexOf(v)];
}

/** A column title → what it holds, or null when unknown. */
export function fieldOf(title: string): BankColumnField | null {
  const t = normaliseTitle(title);
  if (!t) return null;
  for (const [field, names] of Object.entries(SYNONYMS) as [BankColumnField, string[]][]) if (names.includes(t)) return field;
  if (optionKeyOf(title)) return 'option';
  if (t === '选项' || t === 'options' || t === '备选项' || t === '选项内容') return 'option';
  if (IGNORED.includes(t)) return 'ignore';
  return null;
}

export interface RecognisedHeader {
  row: number;
  fields: Map<number, BankColumnField>;
  /** Option columns with the letter their title names (or in column order). */
  optionKeys: Map<number, string>;
}

function optionLetters(titles: Map<number, string>, fields: Map<number, BankColumnField>): Map<number, string> {
  const keys = new Map<number, string>();
  const columns = [...fields].filter(([, f]) => f === 'option').map(([c]) => c).sort((a, b) => a - b);
  columns.forEach((c, i) => keys.set(c, optionKeyOf(titles.get(c) ?? '') ?? OPTION_KEYS[i] ?? ''));
  return keys;
}

/** The first of the top rows that names a stem column and one more known column. */
export function recogniseHeader(rows: string[][], mapping?: ColumnMapping): RecognisedHeader | null {
  if (mapping) {
    const row = candidateHeaderRow(rows);
    if (row === null) return null;
    const fields = new Map<number, BankColumnField>();
    for (const [col, field] of Object.entries(mapping)) if (field !== 'ignore') fields.set(Number(col), field);
    if (![...fields.values()].includes('stem')) return null;
    const titles = new Map(rows[row - 1].map((t, i) => [i + 1, t]));
    return { row, fields, optionKeys: optionLetters(titles, fields) };
  }
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const fields = new Map<number, BankColumnField>();
    rows[r].forEach((title, i) => {
      const f = fieldOf(title);
      if (f && f !== 'ignore') fields.set(i + 1, f);
    });
    const found = [...fields.values()];
    if (found.includes('stem') && found.length >= 2) {
      const titles = new Map(rows[r].map((t, i) => [i + 1, t]));
      return { row: r + 1, fields, optionKeys: optionLetters(titles, fields) };
    }
  }
  return null;
}

/** The row most likely to be the header when none is recognised: the first with two or more filled cells. */
function candidateHeaderRow(rows: string[][]): number | null {
  const i = rows.findIndex((r) => r.filter((c) => c.trim()).length >= 2);
  return i < 0 ? null : i + 1;
}

export function unknownHeaderDetails(sheet: SheetRows): UnknownHeaderDetails | null {
  const row = candidateHeaderRow(sheet.rows);
  if (row === null) return null;
  const header = sheet.rows[row - 1];
  const width = Math.max(...sheet.rows.slice(row - 1, row + 3).map((r) => r.length));
  const columns = Array.from({ length: width }, (_, i) => ({
    index: i + 1,
    title: header[i]?.trim() ?? '',
    sample: sheet.rows.slice(row, row + 3).map((r) => (r[i] ?? '').trim().slice(0, 60)),
  }));
  return { sheet: sheet.name, row, columns };
}
