import { normalizeBlankText } from './text-normalizer';

describe('normalizeBlankText', () => {
  it.each([
    ['full-width letters', 'ＡＢＣ', 'abc'],
    ['full-width percent and digits', '５％', '5%'],
    ['Chinese percent', '百分之五', '5%'],
    ['Chinese decimal percent', '百分之零点五', '0.5%'],
    ['trailing zero', '0.50%', '0.5%'],
    ['decimal kept', '0.2%', '0.2%'],
    ['Chinese multiple', '三倍', '3倍'],
    ['days', '七天', '7天'],
    ['extra spaces, ideographic space', ' 优 质　', '优质'],
    ['trailing 。', '快捷。', '快捷'],
    ['trailing ASCII dot', '快捷.', '快捷'],
    ['list separators', '整洁、得体，大方;', '整洁得体大方'],
    // A comparison key, not display text: numerals inside words convert too, alike on both sides.
    ['numeral inside a word', '统一', '统1'],
    ['quotes and title marks', '《供电营业规则》“三不指定”', '供电营业规则3不指定'],
    ['sign and range kept', '±7%、1~3倍', '±7%1~3倍'],
    ['upper case', 'GPS', 'gps'],
    ['empty', '   ', ''],
  ])('%s: %s → %s', (_why, text, expected) => expect(normalizeBlankText(text)).toBe(expected));

  it.each([
    ['5%', '百分之五'],
    ['5％', '百分之五'],
    ['24', '二十四'],
    ['2人', '两人'],
    ['3倍', '三倍'],
  ])('%s and %s normalise alike', (a, b) => expect(normalizeBlankText(a)).toBe(normalizeBlankText(b)));

  it.each([
    ['规范', '规犯'],
    ['0.5%', '5%'],
    ['3倍', '5倍'],
  ])('%s and %s stay different', (a, b) => expect(normalizeBlankText(a)).not.toBe(normalizeBlankText(b)));
});
