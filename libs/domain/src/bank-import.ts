/** What an import preview tells the organizer about each parsed question (shared by the parser, the api and the web app). */

export const IMPORT_FORMATS = ['text', 'docx', 'xlsx', 'csv', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** How the question was numbered: 1. / 1、 / 1．, (1) / （1）, ①, 第1题, Word's automatic numbering, or a spreadsheet row. */
export type NumberingStyle = 'dot' | 'paren' | 'circled' | 'ti' | 'auto' | 'row';

/** Where the options were: one per line, all on a line of their own, on the stem's line, in a Word table, in columns. */
export type OptionsLayout = 'lines' | 'inline' | 'stem-line' | 'table' | 'columns';

/**
 * Where the answer was found: on a line after the question (答案：B, 选择D, the next line), inside the
 * stem (（B）, （√）, 应在（24小时）内), in an answer key after the questions, emphasised in Word
 * (bold, underline, red), in a table cell, in a spreadsheet column, in a JSON bank's field, or nowhere (a draft).
 */
export type AnswerLayout = 'line' | 'stem' | 'key' | 'mark' | 'cell' | 'column' | 'field' | 'none';

export interface QuestionLayout {
  format: ImportFormat;
  numbering?: NumberingStyle;
  options?: OptionsLayout;
  answer: AnswerLayout;
}

export interface ImportIssueLine {
  /** 1-based line (paragraph for .docx, row for .xlsx); 0 for the file as a whole. */
  line: number;
  message: string;
}

/** One parsed question's report in a preview: the layout recognised and the warnings about it. */
export interface QuestionReport {
  layout: QuestionLayout;
  warnings: ImportIssueLine[];
}

type Label = { zh: string; en: string };

export const LAYOUT_LABELS: {
  format: Record<ImportFormat, Label>;
  numbering: Record<NumberingStyle, Label>;
  options: Record<OptionsLayout, Label>;
  answer: Record<AnswerLayout, Label>;
} = {
  format: {
    text: { zh: '文本', en: 'Text' },
    docx: { zh: 'Word', en: 'Word' },
    xlsx: { zh: 'Excel', en: 'Excel' },
    csv: { zh: 'CSV', en: 'CSV' },
    json: { zh: 'JSON', en: 'JSON' },
  },
  numbering: {
    dot: { zh: '题号 1.', en: 'Numbered 1.' },
    paren: { zh: '题号 (1)', en: 'Numbered (1)' },
    circled: { zh: '题号 ①', en: 'Numbered ①' },
    ti: { zh: '题号 第1题', en: 'Numbered 第1题' },
    auto: { zh: 'Word 自动编号', en: 'Word auto numbering' },
    row: { zh: '表格行', en: 'Table row' },
  },
  options: {
    lines: { zh: '选项分行', en: 'Options on lines' },
    inline: { zh: '选项同行', en: 'Options on one line' },
    'stem-line': { zh: '选项在题干行', en: "Options on the stem's line" },
    table: { zh: '选项在表格中', en: 'Options in a table' },
    columns: { zh: '选项分列', en: 'Options in columns' },
  },
  answer: {
    line: { zh: '答案在题后', en: 'Answer after the question' },
    stem: { zh: '答案在题干括号内', en: 'Answer inside the stem' },
    key: { zh: '答案在卷末答案表', en: 'Answer from the key at the end' },
    mark: { zh: '答案为加粗/下划线/红字', en: 'Answer in bold/underline/red' },
    cell: { zh: '答案在表格单元格', en: 'Answer in a table cell' },
    column: { zh: '答案列', en: 'Answer column' },
    field: { zh: 'JSON 答案字段', en: 'JSON answer field' },
    none: { zh: '未找到答案', en: 'No answer found' },
  },
};

/** What a second import of the same name or content may do with the bank already there. */
export const DUPLICATE_ACTIONS = ['ask', 'replace', 'merge', 'keep'] as const;
export type DuplicateAction = (typeof DUPLICATE_ACTIONS)[number];

export interface DuplicateBank {
  bankId: string;
  name: string;
  sameName: boolean;
  sameContent: boolean;
  questionCount: number;
  /** Rounds (of any contest) using questions of this bank: such a bank cannot be replaced. */
  usedByRounds: number;
  /** Questions of the import whose stems the bank does not have yet (what a merge would add). */
  newQuestions: number;
}

/** Spreadsheet columns an organizer can map an unknown header to. */
export const BANK_COLUMN_FIELDS = ['type', 'stem', 'option', 'answer', 'points', 'explanation', 'category', 'difficulty', 'ignore'] as const;
export type BankColumnField = (typeof BANK_COLUMN_FIELDS)[number];

export const BANK_COLUMN_LABELS: Record<BankColumnField, Label> = {
  type: { zh: '题型', en: 'Type' },
  stem: { zh: '题干', en: 'Stem' },
  option: { zh: '选项（按列顺序为 A、B、C…）', en: 'Option (A, B, C… in column order)' },
  answer: { zh: '答案', en: 'Answer' },
  points: { zh: '分值', en: 'Points' },
  explanation: { zh: '解析', en: 'Explanation' },
  category: { zh: '分类', en: 'Category' },
  difficulty: { zh: '难度', en: 'Difficulty' },
  ignore: { zh: '忽略', en: 'Ignore' },
};

/** A spreadsheet header the server could not map (422 reason UNKNOWN_HEADER): its row and columns with sample cells. */
export interface UnknownHeader {
  sheet: string;
  row: number;
  columns: { index: number; title: string; sample: string[] }[];
}

/** Column number (1-based, as in the sheet) → field. */
export type ColumnMapping = Record<string, BankColumnField>;

/** The header of a spreadsheet, normalised, as the key a remembered column mapping is stored under. */
export function headerSignature(titles: string[]): string {
  return titles.map((t) => t.replace(/\s+/g, '').toLowerCase()).join('|');
}
