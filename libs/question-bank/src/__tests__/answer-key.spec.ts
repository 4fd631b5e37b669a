/** Answer keys printed after the questions: the pieces, table-driven. */
import { bareSequence, keyEntries, keyEvidence, restIsKey, splitRange } from '../lib/key-entries';
import { keyHeading, lineStartNumber, sectionHeading } from '../lib/paper-text.lexer';
import { parsePaperText } from '../lib/paper-text.parser';
import { PAPER_TEXT_TEMPLATE } from '../lib/paper-template';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const entries = (text: string, expected = 1) => keyEntries(text, expected).map((e) => [e.no, e.to, e.value.trim()]);

describe('key entries on a line', () => {
  it.each([
    ['1.B 2.C 3.AD', [[1, 1, 'B'], [2, 2, 'C'], [3, 3, 'AD']]],
    ['1、A；2、A；3、A', [[1, 1, 'A；'], [2, 2, 'A；'], [3, 3, 'A']]],
    ['（1）Ｂ　（2）Ｃ', [[1, 1, 'Ｂ'], [2, 2, 'Ｃ']]],
    ['1-5 BCADB 6～10 ABCDA', [[1, 5, 'BCADB'], [6, 10, 'ABCDA']]],
    ['1-5：AAAAA', [[1, 5, 'AAAAA']]],
    ['1B 2C 3A', [[1, 1, 'B'], [2, 2, 'C'], [3, 3, 'A']]],
    ['第1题 √ 第2题 ×', [[1, 1, '√'], [2, 2, '×']]],
    ['①A ②C', [[1, 1, 'A'], [2, 2, 'C']]],
    // A blank's answer may hold numbers: only the next number opens an entry.
    ['1.24小时 2.3个工作日', [[1, 1, '24小时'], [2, 2, '3个工作日']]],
    ['2.2', [[2, 2, '2']]],
    // Points of a short answer are not entries: "①" inside "2.①…" belongs to answer 2.
    ['2.答：①铃响三声内接听；②使用规范用语', [[2, 2, '答：①铃响三声内接听；②使用规范用语']]],
  ])('%s', (text, expected) => {
    expect(entries(text, Number((expected[0] as number[])[0]))).toEqual(expected);
  });
});

describe('rows of answers without numbers', () => {
  it.each([
    ['√×√√', ['√', '×', '√', '√']],
    ['对错对', ['对', '错', '对']],
    ['正确 错误', ['正确', '错误']],
    ['BCADB', ['B', 'C', 'A', 'D', 'B']],
    ['ABD AC B', ['ABD', 'AC', 'B']],
    ['TFTT', ['T', 'F', 'T', 'T']],
    ['优质；方便', null],
  ])('%s', (text, expected) => {
    expect(bareSequence(text)).toEqual(expected);
  });
});

describe('a range’s answers', () => {
  it.each([
    ['BCADB', 5, ['B', 'C', 'A', 'D', 'B']],
    ['ABC BD A C ABCD', 5, ['ABC', 'BD', 'A', 'C', 'ABCD']],
    ['ABD，ABC', 2, ['ABD', 'ABC']],
    ['×√×√', 4, ['×', '√', '×', '√']],
    ['BCAD', 5, null],
  ] as const)('%s for %i questions', (value, count, expected) => {
    expect(splitRange(value, count)).toEqual(expected);
  });
});

describe('key headings', () => {
  it.each([
    ['参考答案', { rest: '', weak: false, colon: false }],
    ['答案及解析', { rest: '', weak: false, colon: false }],
    ['【参考答案】', { rest: '', weak: false, colon: false }],
    ['四、参考答案', { rest: '', weak: false, colon: false }],
    ['答案：', { rest: '', weak: true, colon: true }],
    ['答案：1-5 BCADB', { rest: '1-5 BCADB', weak: true, colon: true }],
    ['题目：什么是服务', null],
  ])('%s', (line, expected) => {
    expect(keyHeading(line)).toEqual(expected);
  });

  it.each([
    ['1-5 BCADB', true],
    ['1.B 2.C', true],
    ['一、单项选择题：1.A', true],
    ['ABCD', false],
    ['1.第一点 2.第二点', false],
    ['电力系统正常情况下…(1)35千伏…(2)10千伏…', false],
  ])('entries on the heading’s line: %s → %s', (rest, key) => {
    expect(restIsKey(rest)).toBe(key);
  });

  it.each([
    ['一、单项选择题', 'strong'],
    ['一、单项选择题：1.C 2.A', 'strong'],
    ['1-5 ABBBA', 'strong'],
    ['√×√√', 'strong'],
    ['1.B', 'strong'],
    ['题号 1 2 3', 'strong'],
    ['第二篇', 'part'],
    ['1.优质；方便；规范；快捷', 'entry'],
    ['被客户首先访问的工作人员', 'none'],
  ] as const)('what follows a heading: %s → %s', (line, evidence) => {
    expect(keyEvidence(line)).toBe(evidence);
  });
});

describe('numbering and sections', () => {
  it.each([
    ['1.甲', 1, 'dot'],
    ['12、甲', 12, 'dot'],
    ['3．甲', 3, 'dot'],
    ['1234.甲', 1234, 'dot'],
    ['（1）甲', 1, 'paren'],
    ['(2) 甲', 2, 'paren'],
    ['3）甲', 3, 'paren'],
    ['⑷甲', 4, 'paren'],
    ['①甲', 1, 'circled'],
    ['第5题 甲', 5, 'ti'],
    ['第十二题：甲', 12, 'ti'],
  ] as const)('%s → %i (%s)', (line, no, style) => {
    expect(lineStartNumber(line)).toMatchObject({ no, style });
  });

  it.each([
    ['一、单项选择题（每题2分，共20分）', 'single', 1],
    ['（三）判断题', 'truefalse', 3],
    ['第二部分 多项选择题', 'multiple', 2],
    ['Ⅱ．填空题', 'blank', undefined],
    ['四、简答题：请简要回答', 'short', 4],
    ['单选题', 'single', undefined],
    ['## 判断题', 'truefalse', undefined],
    ['一、判断题 (2)√ (3)×', null, null],
  ] as const)('%s', (line, kind, ordinal) => {
    const heading = sectionHeading(line);
    if (kind === null) expect(heading).toBeNull();
    else expect(heading).toMatchObject({ kind, ...(ordinal !== undefined ? { ordinal } : {}) });
  });
});

describe('the text template offered for download', () => {
  it('reads as 12 questions in every layout it shows, with answers for all', () => {
    const { questions, reports, warnings } = parsePaperText(PAPER_TEXT_TEMPLATE);
    expect(questions).toHaveLength(12);
    expect(questions.filter((q) => q.draft)).toEqual([]);
    expect(new Set(reports?.map((r) => r.layout.answer))).toEqual(new Set(['line', 'stem', 'key']));
    expect(warnings.map((w) => w.line)).toEqual([1]); // the title line
  });

  it('is shipped as data/templates/question-bank-template.txt (regenerate with scripts/generate-template.ts)', () => {
    expect(readFileSync(resolve(__dirname, '../../../../data/templates/question-bank-template.txt'), 'utf8')).toBe(PAPER_TEXT_TEMPLATE);
  });
});
