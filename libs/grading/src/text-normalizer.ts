import { replaceChineseNumerals } from './chinese-numerals';

/**
 * Punctuation a contestant may add or drop without changing the answer: list separators, sentence ends,
 * quotes and title marks. Brackets, +/-, ~ and % stay: they can carry meaning (±7%, 1~3倍).
 */
const IGNORABLE = /[、，,;；。：:！!？?“”‘’"'`《》〈〉「」『』【】·…]/g;
/** A dot is punctuation unless it sits between digits (0.5%). */
const STRAY_DOT = /(?<!\d)\.|\.(?!\d)/g;

/**
 * Comparison key of a blank answer (not display text), applied alike to the key and the contestant's text:
 * full → half width (NFKC: Ａ→A, ５％→5%), lower case, no spaces or ignorable punctuation,
 * Chinese numerals → Arabic, 0.50 → 0.5.
 */
export function normalizeBlankText(text: string): string {
  return replaceChineseNumerals(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ''))
    .replace(IGNORABLE, '')
    .replace(STRAY_DOT, '')
    .replace(/\d+\.\d+/g, (n) => n.replace(/0+$/, '').replace(/\.$/, ''));
}

/**
 * The same cleaning without numeral conversion or number rewriting, for reading a blank as a quantity
 * (quantity-reader.ts), where 五千瓦 must stay 五 + 千瓦, and .5 is 0.5 rather than 5. normalizeBlankText keeps
 * its own order and rules: strict grading is unchanged.
 */
export function cleanBlankText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(IGNORABLE, '')
    .replace(/(?<!\d)\.(?=\d)/g, '0.')
    .replace(STRAY_DOT, '');
}
