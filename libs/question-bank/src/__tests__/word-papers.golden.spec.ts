/** Word papers as Word writes them: automatic numbering, heading styles, tables, answers in bold/underline/red. */
import JSZip from 'jszip';
import { parseQuestionFile } from '../lib/question-file.reader';
import { readDocx } from '../lib/docx.reader';
import { b, buildDocx, p, red, u, type DocxSpec } from './docx-builder';
import type { PaperExpectation } from './papers.expected';
import { accuracy, reading } from './reading';

const S = (stem: string, options: string[], answer: string): PaperExpectation => ({ type: 'single', stem, options, answer });
const M = (stem: string, options: string[], answer: string): PaperExpectation => ({ type: 'multiple', stem, options, answer: answer.split('') });
const TF = (stem: string, answer: boolean): PaperExpectation => ({ type: 'truefalse', stem, answer });
const B = (stem: string, ...blanks: string[]): PaperExpectation => ({ type: 'blank', stem, blanks });

/** Lists: 0 = questions "1." with options "A." a level below; 1 = section headings "一、". */
const LISTS: DocxSpec['lists'] = {
  0: [{ fmt: 'decimal', text: '%1.' }, { fmt: 'upperLetter', text: '%2.' }],
  1: [{ fmt: 'chineseCounting', text: '%1、' }],
};
const q = (id: number, ...runs: Parameters<typeof p>) => ({ ...p(...runs), num: { id } });
const opt = (id: number, ...runs: Parameters<typeof p>) => ({ ...p(...runs), num: { id, level: 1 } });
const h = (text: string) => ({ ...p(text), style: '1', num: { id: 9 } });

/** Automatic numbering for questions, options and headings; options in a table; answers in bold, red, underlined. */
const AUTO_NUMBERED: DocxSpec = {
  lists: LISTS,
  // Each section restarts its questions at 1 (a new list instance with a start override, as Word's "restart numbering").
  nums: { 1: { list: 0 }, 2: { list: 0, restartAt: 1 }, 3: { list: 0, restartAt: 1 }, 4: { list: 0, restartAt: 1 }, 9: { list: 1 } },
  body: [
    { ...p('2024年供电服务知识竞赛（Word）'), style: 'Title' },
    h('单项选择题'),
    q(1, '居民客户供电方案答复期限不超过（  ）个工作日。'),
    opt(1, '1'),
    opt(1, b('3')),
    opt(1, '5'),
    opt(1, '7'),
    q(1, '供电企业应在停电前（', b('C'), '）天送达停电通知书。'),
    p('A．3　B．5　C．7　D．10'),
    q(1, '95598客户服务热线提供服务的时间是（  ）。'),
    { rows: [[['A．工作日8小时'], ['B．每天12小时']], [['C．工作日24小时'], [b('D．每天24小时')]]] },
    h('多项选择题'),
    q(2, '业扩报装“三不指定”是指不指定（  ）。'),
    opt(2, b('设计单位')),
    opt(2, b('施工单位')),
    opt(2, b('设备材料供应单位')),
    opt(2, '监理单位'),
    h('判断题'),
    q(3, '供电设施计划检修停电，应提前7天向社会公告。（', b('√'), '）'),
    q(3, '营业厅工作人员可以在工作时间接打私人电话。', red('×')),
    h('填空题'),
    q(4, '供电服务方针是', u('优质'), '、', u('方便'), '、', u('规范'), '、', u('快捷'), '。'),
    q(4, '居民客户端电压允许偏差为额定电压的', u('        '), '。'),
    p('答案：+7%，-10%'),
    q(4, '城市地区故障抢修人员到达现场时间一般不超过', red('45分钟'), '。'),
  ],
};

const AUTO_NUMBERED_EXPECTED: PaperExpectation[] = [
  S('居民客户供电方案答复期限不超过（　）个工作日。', ['1', '3', '5', '7'], 'B'),
  S('供电企业应在停电前（　）天送达停电通知书。', ['3', '5', '7', '10'], 'C'),
  S('95598客户服务热线提供服务的时间是（　）。', ['工作日8小时', '每天12小时', '工作日24小时', '每天24小时'], 'D'),
  M('业扩报装“三不指定”是指不指定（　）。', ['设计单位', '施工单位', '设备材料供应单位', '监理单位'], 'ABC'),
  TF('供电设施计划检修停电，应提前7天向社会公告。（　）', true),
  TF('营业厅工作人员可以在工作时间接打私人电话。', false),
  B('供电服务方针是____、____、____、____。', '优质', '方便', '规范', '快捷'),
  B('居民客户端电压允许偏差为额定电压的____。', '+7%，-10%'),
  B('城市地区故障抢修人员到达现场时间一般不超过____。', '45分钟'),
];

/** Questions and answers in table rows, a 题号/答案 grid as the key, headings by outline level, a content control. */
const TABLES: DocxSpec = {
  body: [
    p('营业厅服务规范测试（Word 表格）'),
    { ...p('一、单项选择题'), outline: 0 },
    {
      rows: [
        [['1'], ['客户等候时间超过（ ）分钟时，大堂经理应主动致歉。A.5 B.10 C.20 D.30'], ['C']],
        [['2'], ['柜员离柜时必须（ ）。A.退出系统并加锁 B.告知主管 C.关闭电脑 D.锁好抽屉'], ['A']],
      ],
    },
    { ...p('二、判断题'), outline: 0 },
    p('1．供电企业应向客户提供电费查询服务。'),
    p('2．抄表员可以根据以往用电量估抄电量。'),
    p('3．营业厅应设置意见簿。'),
    { rows: [[['题号'], ['1'], ['2'], ['3']], [['答案'], ['√'], ['×'], ['√']]] },
    { ...p('三、填空题'), outline: 0 },
    { ...p('1．银行卡挂失后，客户应在', red('7'), '日内补办新卡。'), sdt: true },
    p('2．网点服务“首问负责制”要求首问人员', u('负责到底'), '。'),
  ],
};

const TABLES_EXPECTED: PaperExpectation[] = [
  S('客户等候时间超过（　）分钟时，大堂经理应主动致歉。', ['5', '10', '20', '30'], 'C'),
  S('柜员离柜时必须（　）。', ['退出系统并加锁', '告知主管', '关闭电脑', '锁好抽屉'], 'A'),
  TF('供电企业应向客户提供电费查询服务。', true),
  TF('抄表员可以根据以往用电量估抄电量。', false),
  TF('营业厅应设置意见簿。', true),
  B('银行卡挂失后，客户应在____日内补办新卡。', '7'),
  B('网点服务“首问负责制”要求首问人员____。', '负责到底'),
];

/** A bank kept as a Word table with a header row, between paragraphs of a paper. */
const BANK_TABLE: DocxSpec = {
  body: [
    p('题库（Word 表格版）'),
    p('填空题'),
    p('1.优质服务八字方针是____、____、____、____。'),
    p('优质、方便、规范、快捷'),
    {
      rows: [
        [['题型'], ['试题内容'], ['A'], ['B'], ['C'], ['D'], ['标准答案']],
        [['单选'], ['客户服务热线号码是（ ）。'], ['95598'], ['95588'], ['12345'], ['10086'], ['A']],
        [['判断'], ['营业厅应公示收费标准。'], [''], [''], [''], [''], ['对']],
      ],
    },
  ],
};

const BANK_TABLE_EXPECTED: PaperExpectation[] = [
  B('优质服务八字方针是____、____、____、____。', '优质', '方便', '规范', '快捷'),
  S('客户服务热线号码是（　）。', ['95598', '95588', '12345', '10086'], 'A'),
  TF('营业厅应公示收费标准。', true),
];

const highlight = (text: string) => ({ text, highlight: 'yellow' });
const boldUnderlined = (text: string) => ({ text, bold: true, underline: true });

/** "1、" numbering and "一、" headings drawn by Word; options on one line between tabs; answers highlighted; a 题号/答案 grid under the true/false part. */
const TABS_AND_GRID: DocxSpec = {
  lists: { 0: [{ fmt: 'decimal', text: '%1、' }], 1: [{ fmt: 'chineseCounting', text: '%1、' }] },
  nums: { 1: { list: 0 }, 2: { list: 0, restartAt: 1 }, 9: { list: 1 } },
  body: [
    { ...p('单项选择题（每题2分）'), num: { id: 9 }, style: '1' },
    q(1, '供电营业厅应公示（  ）。'),
    p('A.电价\tB.', highlight('收费标准'), '\tC.员工工资\tD.个人电话'),
    q(1, '用电检查人员实施现场检查时，检查人员不得少于（  ）人。'),
    p('A.1\t', 'B.', highlight('2'), '\tC.3\tD.4'),
    { ...p('判断题'), num: { id: 9 }, style: '1' },
    q(2, '客户可以自行拆除电能表。'),
    q(2, '营业厅应设置意见簿。'),
    q(2, '营业人员可以接受客户宴请。'),
    { rows: [[['题号'], ['1'], ['2'], ['3']], [['答案'], ['×'], ['√'], ['×']]] },
  ],
};

const TABS_AND_GRID_EXPECTED: PaperExpectation[] = [
  S('供电营业厅应公示（　）。', ['电价', '收费标准', '员工工资', '个人电话'], 'B'),
  S('用电检查人员实施现场检查时，检查人员不得少于（　）人。', ['1', '2', '3', '4'], 'B'),
  TF('客户可以自行拆除电能表。', false),
  TF('营业厅应设置意见簿。', true),
  TF('营业人员可以接受客户宴请。', false),
];

/** A question table 序号 | 题目 | 选项 | 答案 (options in one cell), and stems printed in bold whose answers are bold and underlined. */
const TABLE_AND_BOLD_STEMS: DocxSpec = {
  body: [
    p('营业厅服务规范题库'),
    {
      rows: [
        [['序号'], ['题目'], ['选项'], ['答案']],
        [['1'], ['客户等候超过（ ）分钟，大堂经理应主动致歉。'], ['A.5 B.10 C.20 D.30'], ['C']],
        [['2'], ['营业厅应公示收费标准。'], [''], ['对']],
      ],
    },
    p('填空题'),
    p(b('1.供电服务方针是'), boldUnderlined('优质'), b('、'), boldUnderlined('方便'), b('、'), boldUnderlined('规范'), b('、'), boldUnderlined('快捷'), b('。')),
    p(b('2.供电企业应在停电前'), boldUnderlined('7'), b('天送达停电通知书。')),
  ],
};

const TABLE_AND_BOLD_STEMS_EXPECTED: PaperExpectation[] = [
  S('客户等候超过（　）分钟，大堂经理应主动致歉。', ['5', '10', '20', '30'], 'C'),
  TF('营业厅应公示收费标准。', true),
  B('供电服务方针是____、____、____、____。', '优质', '方便', '规范', '快捷'),
  B('供电企业应在停电前____天送达停电通知书。', '7'),
];

describe.each([
  ['automatic numbering, heading styles, options table, bold/underline/red answers', AUTO_NUMBERED, AUTO_NUMBERED_EXPECTED],
  ['"1、" numbering, options between tabs, highlighted answers, a key grid under its part', TABS_AND_GRID, TABS_AND_GRID_EXPECTED],
  ['a question table with 选项 in one cell, bold stems with bold-underlined answers', TABLE_AND_BOLD_STEMS, TABLE_AND_BOLD_STEMS_EXPECTED],
  ['answers in table cells, a 题号/答案 grid, outline-level headings', TABLES, TABLES_EXPECTED],
  ['a question table with a header row inside a paper', BANK_TABLE, BANK_TABLE_EXPECTED],
] as const)('Word paper: %s', (name, spec, expected) => {
  let read: PaperExpectation[] = [];
  beforeAll(async () => {
    const { questions } = await parseQuestionFile(await buildDocx(spec), 'paper.docx');
    read = questions.map(reading);
  });

  it('reads at least 98% of the questions exactly right', () => {
    const { right, accuracy: share } = accuracy(read, [...expected]);
    process.stdout.write(`word: ${name}: ${right}/${expected.length} exact (${(share * 100).toFixed(1)}%)\n`);
    expect(share).toBeGreaterThanOrEqual(0.98);
  });

  it.each(expected.map((e, i) => [i + 1, e] as const))('question %i', (i, e) => {
    expect(read[i - 1]).toEqual(e);
  });
});

describe('Word layouts in the preview report', () => {
  it('names automatic numbering, the options table and answers in bold', async () => {
    const { reports } = await parseQuestionFile(await buildDocx(AUTO_NUMBERED), 'paper.docx');
    expect(reports?.[0].layout).toEqual({ format: 'docx', numbering: 'auto', options: 'lines', answer: 'mark' });
    expect(reports?.[1].layout).toMatchObject({ numbering: 'auto', options: 'inline', answer: 'stem' });
    expect(reports?.[2].layout).toMatchObject({ options: 'table', answer: 'mark' });
    expect(reports?.[7].layout).toMatchObject({ answer: 'line' });
  });

  it('names answers in table cells and from the key grid', async () => {
    const { reports } = await parseQuestionFile(await buildDocx(TABLES), 'paper.docx');
    expect(reports?.map((r) => r.layout.answer)).toEqual(['cell', 'cell', 'key', 'key', 'key', 'mark', 'mark']);
  });

  it('renders Word numbering as printed: "1." "A." "一、", restarted per section', async () => {
    const { text } = readDocx(await buildDocx(AUTO_NUMBERED));
    const lines = text.split('\n').map((l) => l.replace(/[\uE000-\uE004]/g, ''));
    expect(lines).toContain('一、\t单项选择题');
    expect(lines).toContain('1.\t居民客户供电方案答复期限不超过（  ）个工作日。');
    expect(lines).toContain('B.\t3');
    expect(lines).toContain('二、\t多项选择题');
    expect(lines).toContain('1.\t业扩报装“三不指定”是指不指定（  ）。');
  });

  it('reads ticks and crosses inserted as Wingdings symbols', async () => {
    const zip = new JSZip();
    const sym = (char: string) => `<w:r><w:sym w:font="Wingdings 2" w:char="${char}"/></w:r>`;
    const para = (inner: string) => `<w:p>${inner}</w:p>`;
    const t = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
    zip.file(
      'word/document.xml',
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para(t('判断题'))}${para(t('1.营业厅应设置意见簿。（') + sym('F050') + t('）'))}${para(t('2.营业员可以与客户争执。（') + sym('F04F') + t('）'))}</w:body></w:document>`,
    );
    const { questions } = await parseQuestionFile(await zip.generateAsync({ type: 'nodebuffer' }), 'paper.docx');
    expect(questions.map(reading)).toEqual([TF('营业厅应设置意见簿。（　）', true), TF('营业员可以与客户争执。（　）', false)]);
  });
});
