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
