/** Chinese numerals → Arabic, so that 三倍 = 3倍, 二十四 = 24, 百分之五 = 5%, 零点五 = 0.5. */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_CHARS = '零〇一二两三四五六七八九';

/**
 * A run must start with a digit or 十: a lone 百/千/万 is left alone (千家万户 stays a word).
 * 点 is a decimal point only when a digit follows it (一点 "a little" is not a number).
 */
const RUN = `[${DIGIT_CHARS}十][${DIGIT_CHARS}十百千万]*(?:点[${DIGIT_CHARS}]+)?`;
const NUMERAL_RUN = new RegExp(RUN, 'g');
/** 百分之五, 百分之零点五, 百分之0.2, 百分之百. */
const FRACTION = new RegExp(`(百|千|万)分之(\\d+(?:\\.\\d+)?|${RUN}|百)`, 'g');
const FRACTION_SIGN: Record<string, string> = { 百: '%', 千: '‰', 万: '‱' };

/** Value of one numeral run, e.g. '一百零五' → '105', '二〇〇八' → '2008', '零点五' → '0.5'. */
export function chineseNumeralToArabic(run: string): string {
  if (/^[\d.]+$/.test(run)) return run;
  const [intPart, fracPart] = run.split('点');
  const fraction = fracPart ? '.' + [...fracPart].map((c) => DIGITS[c] ?? c).join('') : '';
  return integerValue(intPart) + fraction;
}

function integerValue(text: string): string {
  // Without units it is read digit by digit: 二〇〇八 → 2008, 九五五九八 → 95598.
  if (!/[十百千万]/.test(text)) return [...text].map((c) => DIGITS[c] ?? c).join('');
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of text) {
    if (c in DIGITS) digit = DIGITS[c];
    else if (c === '万') {
      total += (section + digit) * 10000;
      section = 0;
      digit = 0;
    } else {
      // 十五: a unit with no digit before it means one of it.
      section += (digit || 1) * UNITS[c];
      digit = 0;
    }
  }
  return String(total + section + digit);
}

/** Replaces every Chinese numeral in the text; 百分之五 → 5%, 千分之一 → 1‰. */
export function replaceChineseNumerals(text: string): string {
  return text
    .replace(FRACTION, (_m, unit: string, num: string) => chineseNumeralToArabic(num) + FRACTION_SIGN[unit])
    .replace(NUMERAL_RUN, (run) => chineseNumeralToArabic(run));
}
