import { chineseNumeralToArabic, replaceChineseNumerals } from './chinese-numerals';

describe('chineseNumeralToArabic', () => {
  it.each([
    ['三', '3'],
    ['两', '2'],
    ['十', '10'],
    ['十五', '15'],
    ['二十', '20'],
    ['二十四', '24'],
    ['一百零五', '105'],
    ['三千', '3000'],
    ['一万二千', '12000'],
    ['二〇〇八', '2008'],
    ['九五五九八', '95598'],
    ['零点五', '0.5'],
    ['零点二', '0.2'],
    ['百', '100'],
  ])('%s → %s', (run, expected) => expect(chineseNumeralToArabic(run)).toBe(expected));
});

describe('replaceChineseNumerals', () => {
  it.each([
    ['百分之五', '5%'],
    ['百分之零点五', '0.5%'],
    ['百分之0.2', '0.2%'],
    ['百分之百', '100%'],
    ['千分之一', '1‰'],
    ['三倍', '3倍'],
    ['七天', '7天'],
    ['二十四小时', '24小时'],
    ['两位以上客户', '2位以上客户'],
    ['十项承诺', '10项承诺'],
    // A lone 千/万 is a word, not a number; 一点 without a digit after it is "a little".
    ['千家万户', '千家万户'],
    ['好一点', '好1点'],
  ])('%s → %s', (text, expected) => expect(replaceChineseNumerals(text)).toBe(expected));
});
