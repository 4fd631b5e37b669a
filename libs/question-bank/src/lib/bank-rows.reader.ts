/**
 * Question banks as rows (an .xlsx sheet, a .csv file, a table in a Word file): a header row names the
 * columns — by any of the names other systems use (试题内容 / 题目类型 / 标准答案 …) — or the organizer
 * maps them (bank-header); each row below it becomes a question. Pure.
 */
import type { BankColumnField, ColumnMapping, ImportFormat, Question, QuestionOption, QuestionReport, QuestionType } from '@jingsai/domain';
import { keyPointsOf, letterList, splitBlankAnswer, trueFalseWord } from './answer-text';
import { type RecognisedHeader, type SheetRows, recogniseHeader, unknownHeaderDetails, OPTION_KEYS } from './bank-header';
import { bracketBlanks } from './blank.builder';
import { splitOptions } from './choice.builder';
import { DEFAULT_POINTS, type ParseResult } from './paper-text.parser';
import { type ImportIssue, QuestionBankImportError, QuestionBankImportErrorCode } from './question-bank-import.error';
import { countBlanks, foldWidth, normaliseBlanks } from './text.util';

const TYPE_NAMES: Record<string, QuestionType | 'choice'> = {};
const register = (type: QuestionType | 'choice', names: string[]): void => names.forEach((n) => (TYPE_NAMES[n] = type));
register('single', ['单选', '单选题', '单项选择', '单项选择题', '单项', '单选择题', 'single', 'singlechoice', 'radio', 'sc']);
register('multiple', ['多选', '多选题', '多项选择', '多项选择题', '多项', '不定项', '不定项选择', '不定项选择题', 'multiple', 'multiplechoice', 'multi', 'checkbox', 'mc']);
register('choice', ['选择', '选择题', 'choice']);
register('truefalse', ['判断', '判断题', '是非', '是非题', '判断正误', '判断对错', '对错题', 'truefalse', 'tf', 'judge', 'judgement', 'boolean']);
register('blank', ['填空', '填空题', 'blank', 'fill', 'fillin', 'fillblank', 'completion']);
register('short', ['简答', '简答题', '问答', '问答题', '论述', '论述题', '案例分析', '案例分析题', '名词解释', '计算题', '主观题', 'short', 'essay', 'shortanswer']);

export function typeFromName(name: string): QuestionType | 'choice' | undefined {
  return TYPE_NAMES[name.trim().replace(/\s+/g, '').toLowerCase()];
}

const DIFFICULTY_WORDS: Record<string, number> = { 易: 1, 容易: 1, 简单: 1, 较易: 2, 较简单: 2, 中: 3, 中等: 3, 一般: 3, 适中: 3, 较难: 4, 难: 5, 困难: 5 };

type Row = Partial<Record<Exclude<BankColumnField, 'option' | 'ignore'>, string>> & { options: QuestionOption[] };

/** The options of a row: one column each, or one "选项" column holding "A.甲 B.乙" or lines or "|"-separated items. */
function rowOptions(cells: string[], header: RecognisedHeader): QuestionOption[] {
  const columns = [...header.optionKeys].sort((a, b) => a[0] - b[0]);
  if (columns.length === 1) {
    const text = cells[columns[0][0] - 1]?.trim() ?? '';
    if (!text) return [];
    const split = splitOptions(text);
    if (split && !split.stem.trim()) return split.options;
    const items = text.split(/\s*(?:\n|\||｜|;|；)\s*/).filter(Boolean);
    return items.map((t, i) => ({ key: OPTION_KEYS[i], text: t.replace(/^[A-HＡ-Ｈ]\s*[.．、:：)）]\s*/, '') }));
  }
  return columns.map(([col, key]) => ({ key, text: cells[col - 1]?.trim() ?? '' })).filter((o) => o.text);
}

function readRow(cells: string[], header: RecognisedHeader): Row {
  const row: Row = { options: rowOptions(cells, header) };
  for (const [col, field] of header.fields) {
    if (field === 'option' || field === 'ignore') continue;
    const value = cells[col - 1]?.trim() ?? '';
    if (value && !row[field]) row[field] = value;
  }
  return row;
}

/** A stem with options written into it ("…（ ）A.甲 B.乙") when the sheet has no option columns. */
function optionsFromStem(row: Row): void {
  if (row.options.length || !row.stem) return;
  const split = splitOptions(row.stem);
  if (split && split.stem.trim()) {
    row.options = split.options;
    row.stem = split.stem.trim();
  }
}

/** What a row is when its type cell is empty or says only "选择": its answer and options decide. */
function inferType(row: Row, named: QuestionType | 'choice' | undefined): QuestionType {
  const answer = foldWidth(row.answer ?? '');
  const letters = letterList(answer);
  if (named === 'choice' || (named === undefined && row.options.length >= 2 && /^[A-H\s,，、;；|]+$/i.test(answer) && letters.length)) {
    return letters.length > 1 ? 'multiple' : 'single';
  }
  if (named) return named;
  if (row.options.length >= 2) return 'single';
  if (answer && trueFalseWord(answer) !== null) return 'truefalse';
  if (countBlanks(row.stem ?? '') > 0 || bracketBlanks(row.stem ?? '').answers.length > 0) return 'blank';
  return 'short';
}

interface Built {
  question: Question;
  report: QuestionReport;
}

function rowToQuestion(raw: Row, line: number, format: ImportFormat, errors: ImportIssue[]): Built | null {
  const row = raw;
  optionsFromStem(row);
  const typeText = row.type ?? '';
  const named = typeText ? typeFromName(typeText) : undefined;
  if (typeText && !named) errors.push({ line, message: `题型无效：${typeText} / Unknown question type (单选 多选 判断 填空 简答)` });
  const stemRaw = row.stem ?? '';
  if (!stemRaw) errors.push({ line, message: '题干为空 / Empty stem' });
  const pointsText = row.points ?? '';
  const difficultyText = (row.difficulty ?? '').trim();
  const difficulty = /^[1-5]$/.test(difficultyText) ? Number(difficultyText) : DIFFICULTY_WORDS[difficultyText];
  if (pointsText && !(Number(pointsText) >= 0)) errors.push({ line, message: `分值无效：${pointsText} / Invalid points` });
  if (difficultyText && difficulty === undefined) errors.push({ line, message: `难度应为 1–5：${difficultyText} / Difficulty must be 1–5` });
  if ((typeText && !named) || !stemRaw) return null;
  const type = inferType(row, named);
  const warnings: ImportIssue[] = [];
  const answer = row.answer ?? '';
  let stem = normaliseBlanks(stemRaw);
  let answerLayout: QuestionReport['layout']['answer'] = answer ? 'column' : 'none';
  const base = {
    points: pointsText ? Number(pointsText) : DEFAULT_POINTS[type],
    ...(row.category ? { category: row.category } : {}),
    ...(difficulty !== undefined ? { difficulty } : {}),
    ...(row.explanation ? { explanation: row.explanation } : {}),
    source: { line },
    tags: [] as string[],
  };
  const draft = (): { draft: true } => {
    warnings.push({ line, message: '未填答案，已作为草稿导入 / No answer: imported as a draft' });
    answerLayout = 'none';
    return { draft: true };
  };
  const options = row.options;
  let question: Question;
  switch (type) {
    case 'single':
    case 'multiple': {
      if (options.length < 2) errors.push({ line, message: '选择题至少需要两个选项 / A choice question needs at least two options' });
      // Some systems store the answer as the option's text.
      const byText = options.find((o) => o.text === answer.trim());
      const keys = byText ? [byText.key] : letterList(answer);
      if (!byText && answer && !/^[A-H\s,，、;；|/]+$/i.test(foldWidth(answer))) errors.push({ line, message: `答案 ${answer} 不是选项字母 / The answer is not an option letter` });
      else if (keys.some((k) => !options.some((o) => o.key === k))) errors.push({ line, message: `答案 ${answer} 不在选项中 / Answer is not among the options` });
      if (type === 'single' && keys.length > 1) errors.push({ line, message: `单选题只能有一个答案：${answer} / A single-choice question has one answer` });
      question =
        type === 'single'
          ? { ...base, type, stem, options, answer: keys[0] ?? '', ...(keys.length ? {} : draft()) }
          : { ...base, type, stem, options, answer: keys, ...(keys.length ? {} : draft()) };
      break;
    }
    case 'truefalse': {
      // "A" / "B" against options 正确 / 错误, or 1 / 0 as some exports write it.
      const viaOption = options.find((o) => o.key === foldWidth(answer).trim().toUpperCase());
      const value = !answer ? null : trueFalseWord(viaOption ? viaOption.text : answer) ?? ({ '1': true, '0': false } as Record<string, boolean>)[answer.trim()] ?? null;
      if (answer && value === null) errors.push({ line, message: `判断题答案应为 对/错：${answer} / True/false answer must be 对/错 (√/×)` });
      question = { ...base, type, stem, answer: value, ...(value === null ? draft() : {}) };
      break;
    }
    case 'blank': {
      let blanks: string[][] = [];
      if (!answer) {
        // "应在（24小时）内" with no answer column: the answers are in the blanks' own brackets.
        const filled = countBlanks(stem) === 0 ? bracketBlanks(stem) : { stem, answers: [] };
        if (filled.answers.length) {
          stem = filled.stem;
          blanks = filled.answers.map((a) => [a]);
          answerLayout = 'stem';
        }
      } else {
        const count = countBlanks(stem);
        const clauses = answer.split(/[;；]/).map((b) => b.trim()).filter(Boolean);
        const piped = answer.split(/[|｜]/).map((b) => b.trim()).filter(Boolean);
        if (clauses.length === 1 && piped.length > 1 && piped.length === count) blanks = piped.map((b) => [b]);
        else if (clauses.length !== count && count > 0 && clauses.length === 1) blanks = splitBlankAnswer(answer, count).items.map((b) => [b]);
        else blanks = clauses.map((b) => b.split(/[|｜]/).map((v) => v.trim()).filter(Boolean)).filter((b) => b.length);
        if (blanks.length && count && blanks.length !== count) {
          warnings.push({ line, message: `答案数 ${blanks.length} 与空数 ${count} 不符 / Answer count differs from blank count` });
        }
      }
      question = { ...base, type, stem, blanks, ...(blanks.length ? {} : draft()) };
      break;
    }
    case 'short':
      question = { ...base, type, stem, reference: answer, keyPoints: keyPointsOf(answer), ...(answer ? {} : draft()) };
      break;
  }
  return {
    question,
    report: {
      layout: { format, numbering: 'row', ...(options.length ? { options: 'columns' as const } : {}), answer: answerLayout },
      warnings,
    },
  };
}

/** Reads the rows under a recognised (or mapped) header. Throws InvalidRows with every bad row's number. */
export function readBankRows(rows: string[][], header: RecognisedHeader, format: ImportFormat, firstLine = 1): ParseResult {
  const errors: ImportIssue[] = [];
  const questions: Question[] = [];
  const reports: QuestionReport[] = [];
  for (let r = header.row; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells.some((c) => c.trim())) continue;
    const record = readRow(cells, header);
    if (!record.stem && !record.answer && !record.type && record.options.length === 0) continue;
    const built = rowToQuestion(record, firstLine + r, format, errors);
    if (built) {
      questions.push(built.question);
      reports.push(built.report);
    }
  }
  if (errors.length) throw new QuestionBankImportError(QuestionBankImportErrorCode.InvalidRows, errors);
  return { questions, warnings: reports.flatMap((r) => r.warnings), reports };
}

const NO_HEADER = '未识别到表头（需要“题干”或“题目”等列），请在预览中为各列指定含义 / No known header (a stem column such as 题干 or 题目): map the columns in the preview';

/** The first sheet with a recognised header is read; if none has one, the organizer maps the columns. */
export function readSheets(sheets: SheetRows[], format: ImportFormat, mapping?: ColumnMapping): ParseResult {
  const nonEmpty = sheets.filter((s) => s.rows.some((r) => r.some((c) => c.trim())));
  if (mapping && nonEmpty[0]) {
    const header = recogniseHeader(nonEmpty[0].rows, mapping);
    if (!header) {
      throw new QuestionBankImportError(QuestionBankImportErrorCode.UnknownHeader, [{ line: 0, message: '列对应中需要指定“题干”列 / The mapping needs a stem column' }], {
        header: unknownHeaderDetails(nonEmpty[0]) ?? undefined,
      });
    }
    return readBankRows(nonEmpty[0].rows, header, format);
  }
  for (const sheet of nonEmpty) {
    const header = recogniseHeader(sheet.rows);
    if (header) return readBankRows(sheet.rows, header, format);
  }
  const details = nonEmpty[0] ? unknownHeaderDetails(nonEmpty[0]) : null;
  if (!details) throw new QuestionBankImportError(QuestionBankImportErrorCode.NoQuestions, [{ line: 0, message: '未识别到任何题目 / No questions recognised' }]);
  throw new QuestionBankImportError(QuestionBankImportErrorCode.UnknownHeader, [{ line: details.row, message: NO_HEADER }], { header: details });
}
