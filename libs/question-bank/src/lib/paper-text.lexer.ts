/** Line classifier for exam papers: headings, answer-key headings, numbered question starts (also several on one line). Pure. */
import type { NumberingStyle } from '@jingsai/domain';

export type SectionKind = 'blank' | 'choice' | 'single' | 'multiple' | 'truefalse' | 'short';

export interface SectionHeading {
  kind: SectionKind;
  /** The section's name as printed, e.g. '填空题', '单项选择题'. */
  label: string;
  /** Its number as printed ("二、" → 2), when it has one. */
  ordinal?: number;
}

/** Section names, longest first so "单项选择题" wins over "选择题". */
const SECTION_NAMES = [
  '不定项选择题', '单项选择题', '多项选择题', '判断正误题', '判断对错题', '案例分析题', '名词解释题', '单项选择', '多项选择', '不定项选择',
  '单选题', '多选题', '选择题', '判断题', '是非题', '填空题', '简答题', '问答题', '论述题', '计算题', '分析题', '名词解释',
  '单选', '多选', '判断', '填空', '简答', '问答',
].join('|');

const CHINESE_NUMERAL = '[一二三四五六七八九十百零〇两]+';
const ROMAN = '[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]+|[IVX]{1,4}';
/** "一、" "（一）" "第一部分" "Ⅱ." "2." "## " "**" before a section name. */
const SECTION_PREFIX = `(?:#{1,6}\\s*)?(?:\\*\\*)?(?:(${CHINESE_NUMERAL})\\s*[、.．]|[(（](${CHINESE_NUMERAL})[)）]|第(${CHINESE_NUMERAL}|\\d+)(?:部分|大题|节|题型)[:：、.．\\s]*|(?:${ROMAN})\\s*[、.．]|(\\d{1,2})\\s*[、.．])?`;
/** A note in brackets after a section name ("（每题2分）"), but not a key entry such as "(2)". */
const NOTE = '[(（](?!\\s*\\d{1,3}\\s*[)）])[^)）]*[)）]';
const SECTION_LINE = new RegExp(
  `^${SECTION_PREFIX}\\s*(${SECTION_NAMES})(?:\\*\\*)?\\s*(?:${NOTE})?\\s*(?:[:：]\\s*)?(?:${NOTE})?\\s*(?:[:：，,。]\\s*[^\\d\\s(（].{0,80})?$`,
);
/** A section heading followed by answer-key entries on the same line: "一、单项选择题：1.B 2.C". */
const SECTION_WITH_REST = new RegExp(`^${SECTION_PREFIX}\\s*(${SECTION_NAMES})\\s*(?:${NOTE})?\\s*[:：]?\\s*(.+)$`);

/** `第一篇:营销与优质服务服试题`, `第四篇:《银行柜员…》`, `第二部分 …`: a new part; its title becomes the category. */
const PART_LINE = /^第[一二三四五六七八九十百\d]+\s*(?:篇|章|卷|部分)\s*[:：、.．\s]?\s*(.*)$/;

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105. */
export function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = CHINESE_DIGITS[ch] ?? 0;
  }
  return total + digit;
}

export function sectionKindOf(label: string): SectionKind {
  if (label.includes('填空')) return 'blank';
  if (/单项|单选/.test(label)) return 'single';
  if (/多项|多选|不定项/.test(label)) return 'multiple';
  if (label.includes('选择')) return 'choice';
  if (/判断|是非/.test(label)) return 'truefalse';
  return 'short';
}

function ordinalOf(m: RegExpMatchArray): number | undefined {
  const raw = m[1] ?? m[2] ?? m[3] ?? m[4];
  return raw ? chineseNumber(raw) : undefined;
}

export function sectionHeading(line: string): SectionHeading | null {
  const m = line.trim().match(SECTION_LINE);
  if (!m) return null;
  return { kind: sectionKindOf(m[5]), label: m[5], ordinal: ordinalOf(m) };
}

/** A section heading with more text after it on the line (answer-key entries): the heading and the rest. */
export function sectionHeadingWithRest(line: string): (SectionHeading & { rest: string }) | null {
  const m = line.trim().match(SECTION_WITH_REST);
  if (!m) return null;
  return { kind: sectionKindOf(m[5]), label: m[5], ordinal: ordinalOf(m), rest: m[6] };
}

/** A Word heading-style line that names a question type anywhere ("一、选择（每题1分）", "判断正误"). */
export function looseSectionHeading(line: string): SectionHeading | null {
  const text = line.trim();
  if (text.length > 40) return null;
  const m = text.match(new RegExp(SECTION_NAMES));
  return m ? { kind: sectionKindOf(m[0]), label: m[0] } : null;
}

/** The printed number of a part heading ("第二篇" → 2). */
export function partOrdinal(line: string): number | undefined {
  const m = line.trim().match(/^第([一二三四五六七八九十百\d]+)/);
  return m ? chineseNumber(m[1]) : undefined;
}

export function partHeading(line: string): string | null {
  const m = line.trim().match(PART_LINE);
  if (!m) return null;
  return m[1].replace(/[《》]/g, '').trim();
}

export interface KeyHeading {
  /** Text after the heading on the same line (key entries), or ''. */
  rest: string;
  /** "答案：" alone could also introduce one question's answer; stronger names cannot. */
  weak: boolean;
  /** Ends with a colon ("参考答案："), as one question's answer label would. */
  colon: boolean;
}

const KEY_HEADING = new RegExp(
  `^\\s*(?:${SECTION_PREFIX}\\s*)?(?:附(?:件|录)?\\s*[:：]?\\s*)?([【\\[〖(（])?\\s*((?:试题|试卷|本卷|习题|练习)?(?:参考|标准|正确)?答案(?:与解析|及解析|和解析|及评分标准|及评分参考|与评分标准|及评分|详解|解析)?(?:部分)?)\\s*[】\\]〗)）]?\\s*([:：])?\\s*(.*)$`,
);

/** 参考答案 / 答案 / 答案及解析 / 【参考答案】 / 附：参考答案 — possibly followed by entries on the same line. */
export function keyHeading(line: string): KeyHeading | null {
  const m = line.trim().match(KEY_HEADING);
  if (!m) return null;
  const [prefixed, bracket, name, colon, rest] = [m[1] ?? m[2] ?? m[3] ?? m[4], m[5], m[6], m[7], m[8]];
  return { rest: rest ?? '', weak: name === '答案' && !bracket && !prefixed && !!colon, colon: !!colon };
}

export interface NumberMark {
  no: number;
  /** Index of the number in the line. */
  index: number;
  /** Index of the text after "N." */
  textIndex: number;
  style: NumberingStyle;
  /** Looks like a decimal number ("36.95598"): a question only if it is exactly the next number. */
  decimal?: boolean;
}

const CIRCLED = /^[\u2460-\u2473]$/;
const PAREN_DIGIT = /^[\u2474-\u2487]$/;

const LINE_START_PATTERNS: { re: RegExp; style: NumberingStyle; no: (m: RegExpMatchArray) => number }[] = [
  { re: /^\s*(\d{1,4})\s*[.．、]\s*/, style: 'dot', no: (m) => Number(m[1]) },
  { re: /^\s*[(（]\s*(\d{1,4})\s*[)）]\s*/, style: 'paren', no: (m) => Number(m[1]) },
  { re: /^\s*(\d{1,4})\s*[)）]\s*/, style: 'paren', no: (m) => Number(m[1]) },
  { re: /^\s*([\u2474-\u2487])\s*/, style: 'paren', no: (m) => m[1].charCodeAt(0) - 0x2474 + 1 },
  { re: /^\s*([\u2460-\u2473])\s*[.．、]?\s*/, style: 'circled', no: (m) => m[1].charCodeAt(0) - 0x2460 + 1 },
  { re: new RegExp(`^\\s*第\\s*(\\d{1,3}|${CHINESE_NUMERAL})\\s*题\\s*[.．、:：]?\\s*`), style: 'ti', no: (m) => chineseNumber(m[1]) },
];

/** A number at the start of a line (text already without marks, full-width digits folded). */
export function lineStartNumber(line: string): NumberMark | null {
  for (const p of LINE_START_PATTERNS) {
    const m = line.match(p.re);
    if (!m || m[0].length >= line.length) continue;
    const no = p.no(m);
    if (!(no > 0)) continue;
    // "36.95598客户…" is question 36, "0.5%" is not a question: a digit right after the dot is flagged.
    const decimal = p.style === 'dot' && /^\d/.test(line.slice(m[0].length)) && /[.．]$/.test(m[0].trim());
    return { no, index: line.indexOf(m[1]), textIndex: m[0].length, style: p.style, decimal };
  }
  return null;
}

/** A number inside a line starts a question only after a space or a sentence end: "…D.10 5.对客户…", "…社会。2.问…". */
const INLINE_NUMBER = /(?<=[\s\u3000。！？?!；;）)”"…])(\d{1,4})\s*[.．、](?!\d)\s*/g;

export function inlineNumbers(line: string): NumberMark[] {
  const marks: NumberMark[] = [];
  for (const m of line.matchAll(INLINE_NUMBER)) {
    const index = m.index ?? 0;
    if (index === 0 || index + m[0].length >= line.length) continue;
    marks.push({ no: Number(m[1]), index, textIndex: index + m[0].length, style: 'dot' });
  }
  return marks;
}

export const isCircled = (ch: string): boolean => CIRCLED.test(ch);
export const isParenDigit = (ch: string): boolean => PAREN_DIGIT.test(ch);
