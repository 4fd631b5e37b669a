/** Line classifier for exam papers: headings, numbered question starts (also several on one line). Pure. */

export type SectionKind = 'blank' | 'choice' | 'single' | 'multiple' | 'truefalse' | 'short';

export interface SectionHeading {
  kind: SectionKind;
  /** The section's name as printed, e.g. '填空题', '单项选择题'. */
  label: string;
}

const SECTION_NAMES = '填空题|单项选择题|单选题|多项选择题|多选题|不定项选择题|选择题|判断题|是非题|简答题|问答题|论述题';
const SECTION_LINE = new RegExp(
  `^(?:[一二三四五六七八九十]+\\s*[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\\d]+(?:部分|大题|节)[:：、\\s]*)?\\s*(${SECTION_NAMES})\\s*(?:[(（][^)）]*[)）])?\\s*[:：]?\\s*(?:[(（][^)）]*[)）])?\\s*$`,
);

/** `第一篇:营销与优质服务服试题`, `第四篇:《银行柜员…》`, `第二部分 …`: a new part; its title becomes the category. */
const PART_LINE = /^第[一二三四五六七八九十百\d]+\s*(?:篇|章|卷|部分)\s*[:：、.．\s]?\s*(.*)$/;

export function sectionKindOf(label: string): SectionKind {
  if (label.includes('填空')) return 'blank';
  if (/单项|单选/.test(label)) return 'single';
  if (/多项|多选|不定项/.test(label)) return 'multiple';
  if (label.includes('选择')) return 'choice';
  if (/判断|是非/.test(label)) return 'truefalse';
  return 'short';
}

export function sectionHeading(line: string): SectionHeading | null {
  const m = line.trim().match(SECTION_LINE);
  return m ? { kind: sectionKindOf(m[1]), label: m[1] } : null;
}

export function partHeading(line: string): string | null {
  const m = line.trim().match(PART_LINE);
  if (!m) return null;
  return m[1].replace(/[《》]/g, '').trim();
}

export interface NumberMark {
  no: number;
  /** Index of the number in the line. */
  index: number;
  /** Index of the text after "N." */
  textIndex: number;
  /** Looks like a decimal number ("36.95598"): a question only if it is exactly the next number. */
  decimal?: boolean;
}

const LINE_START_NUMBER = /^\s*(\d{1,3})\s*[.．、]\s*/;
/** A number inside a line starts a question only after a space or a sentence end: "…D.10 5.对客户…", "…社会。2.问…". */
const INLINE_NUMBER = /(?<=[\s\u3000。！？?!；;）)”"…])(\d{1,3})\s*[.．、](?!\d)\s*/g;

export function lineStartNumber(line: string): NumberMark | null {
  const m = line.match(LINE_START_NUMBER);
  if (!m || m[0].length >= line.length) return null;
  // "36.95598客户…" is question 36, "0.5%" is not a question: a digit right after the dot is flagged.
  const decimal = /^\d/.test(line.slice(m[0].length)) && /[.．]$/.test(m[0].trim());
  return { no: Number(m[1]), index: line.indexOf(m[1]), textIndex: m[0].length, decimal };
}

export function inlineNumbers(line: string): NumberMark[] {
  const marks: NumberMark[] = [];
  for (const m of line.matchAll(INLINE_NUMBER)) {
    const index = m.index ?? 0;
    if (index === 0 || index + m[0].length >= line.length) continue;
    marks.push({ no: Number(m[1]), index, textIndex: index + m[0].length });
  }
  return marks;
}
