/** Banks exported by other systems: header synonyms, type names, answer spellings, unknown headers mapped by hand, CSV. */
import ExcelJS from 'exceljs';
import type { ColumnMapping } from '@jingsai/domain';
import { QuestionBankImportError, QuestionBankImportErrorCode } from '../lib/question-bank-import.error';
import { parseQuestionFile } from '../lib/question-file.reader';
import type { PaperExpectation } from './papers.expected';
import { accuracy, reading } from './reading';

async function xlsx(rows: (string | number)[][], sheetName = 'Sheet1'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const S = (stem: string, options: string[], answer: string): PaperExpectation => ({ type: 'single', stem, options, answer });
const M = (stem: string, options: string[], answer: string): PaperExpectation => ({ type: 'multiple', stem, options, answer: answer.split('') });
const TF = (stem: string, answer: boolean): PaperExpectation => ({ type: 'truefalse', stem, answer });
const B = (stem: string, ...blanks: string[]): PaperExpectation => ({ type: 'blank', stem, blanks });
const Q = (stem: string, ...keyPoints: string[]): PaperExpectation => ({ type: 'short', stem, keyPoints });

/** 题目类型 / 试题内容 / 标准答案 / 分数 / 答案解析, options 选项A…; true/false spelt every common way. */
const EXAM_SYSTEM: (string | number)[][] = [
  ['题目类型', '试题内容', '选项A', '选项B', '选项C', '选项D', '标准答案', '分数', '答案解析'],
  ['单选', '客户服务热线号码是（ ）。', '95598', '95588', '12345', '10086', 'A', 2, '国家电网统一热线'],
  ['多选', '优质服务八字方针包括（ ）。', '优质', '方便', '规范', '廉价', 'A,B,C', 3, ''],
  ['多选题', '营业厅应公示的内容有（ ）。', '电价', '收费标准', '员工工资', '服务程序', 'ABD', 3, ''],
  ['判断', '营业厅应设置意见簿。', '', '', '', '', '对', 1, ''],
  ['判断', '营业员可以与客户争吵。', '', '', '', '', '×', 1, ''],
  ['判断题', '抄表员应按规定日期抄表。', '', '', '', '', 'T', 1, ''],
  ['判断题', '客户可以自行更换电能表。', '', '', '', '', '否', 1, ''],
  ['填空', '优质服务八字方针是____、____、____、____。', '', '', '', '', '优质；方便；规范；快捷', 4, ''],
  ['简答', '文明服务的一般行为有哪些？', '', '', '', '', '①接待 ②会话 ③服务 ④沟通', 10, ''],
];
const EXAM_SYSTEM_EXPECTED = [
  S('客户服务热线号码是（　）。', ['95598', '95588', '12345', '10086'], 'A'),
  M('优质服务八字方针包括（　）。', ['优质', '方便', '规范', '廉价'], 'ABC'),
  M('营业厅应公示的内容有（　）。', ['电价', '收费标准', '员工工资', '服务程序'], 'ABD'),
  TF('营业厅应设置意见簿。', true),
  TF('营业员可以与客户争吵。', false),
  TF('抄表员应按规定日期抄表。', true),
  TF('客户可以自行更换电能表。', false),
  B('优质服务八字方针是____、____、____、____。', '优质', '方便', '规范', '快捷'),
  Q('文明服务的一般行为有哪些？', '接待', '会话', '服务', '沟通'),
];

/** A title row above the header; 试题类型 / 题目 / A…E / 正确答案 / 难度 (易 中 难) / 知识点; long type names. */
const TRAINING_SYSTEM: (string | number)[][] = [
  ['2024年营销知识题库导出'],
  [],
  ['试题类型', '题目', 'A', 'B', 'C', 'D', 'E', '正确答案', '难度', '知识点'],
  ['单项选择题', '电能表的安装位置应便于（ ）。', '抄表', '装饰', '隐藏', '防盗', '', 'a', '易', '计量'],
  ['多项选择题', '电能计量装置包括（ ）。', '电能表', '互感器', '二次回路', '变压器', '开关', 'A、B、C', '中', '计量'],
  ['不定项选择题', '抄表方式包括（ ）。', '手工抄表', '远程集抄', '估抄', '自助抄表', '', 'AB', '难', '抄表'],
  ['判断题', '欠费停电应提前7天送达停电通知书。', '', '', '', '', '', '正确', '易', '电费'],
  ['判断题', '违约使用电费可以不收取。', '', '', '', '', '', '错误', '易', '电费'],
  ['填空题', '供电企业受理计费电能表校验申请后，应在（5个工作日）内出具检测结果。', '', '', '', '', '', '', '中', '计量'],
  ['问答题', '什么是违约用电？', '', '', '', '', '', '危害供用电安全、扰乱供用电秩序的行为', '难', '用电检查'],
];
const TRAINING_SYSTEM_EXPECTED = [
  S('电能表的安装位置应便于（　）。', ['抄表', '装饰', '隐藏', '防盗'], 'A'),
  M('电能计量装置包括（　）。', ['电能表', '互感器', '二次回路', '变压器', '开关'], 'ABC'),
  M('抄表方式包括（　）。', ['手工抄表', '远程集抄', '估抄', '自助抄表'], 'AB'),
  TF('欠费停电应提前7天送达停电通知书。', true),
  TF('违约使用电费可以不收取。', false),
  B('供电企业受理计费电能表校验申请后，应在（　）内出具检测结果。', '5个工作日'),
  Q('什么是违约用电？', '危害供用电安全', '扰乱供用电秩序的行为'),
];

/** English type names, 选项1…4, a true/false answered "A" against options 正确/错误, blanks separated by "|". */
const LMS_EXPORT: (string | number)[][] = [
  ['类型', '题目内容', '选项1', '选项2', '选项3', '选项4', '参考答案', '分值'],
  ['single', '窗口服务人员应使用（ ）。', '方言', '普通话', '英语', '地方话', 'B', 2],
  ['multiple', '停电通知方式有（ ）。', '短信', '电话', '公告', '私下告知', 'A|B|C', 2],
  ['judge', '95598热线全天24小时服务。', '正确', '错误', '', '', 'A', 1],
  ['fill', '文明服务的一般行为是指接待、____、服务、____。', '', '', '', '', '会话|沟通', 2],
  ['选择题', '居民用户电费缴纳期限为（ ）。', '每月', '每季', '每半年', '每年', 'A', 2],
];
const LMS_EXPORT_EXPECTED = [
  S('窗口服务人员应使用（　）。', ['方言', '普通话', '英语', '地方话'], 'B'),
  M('停电通知方式有（　）。', ['短信', '电话', '公告', '私下告知'], 'ABC'),
  TF('95598热线全天24小时服务。', true),
  B('文明服务的一般行为是指接待、____、服务、____。', '会话', '沟通'),
  S('居民用户电费缴纳期限为（　）。', ['每月', '每季', '每半年', '每年'], 'A'),
];

describe.each([
  ['试题内容 / 题目类型 / 标准答案', EXAM_SYSTEM, EXAM_SYSTEM_EXPECTED],
  ['title row, 试题类型 / 题目 / 正确答案, A…E, 难度 words', TRAINING_SYSTEM, TRAINING_SYSTEM_EXPECTED],
  ['类型 / 题目内容 / 选项1… / 参考答案, English type names', LMS_EXPORT, LMS_EXPORT_EXPECTED],
] as const)('Excel bank: %s', (name, rows, expected) => {
  let read: PaperExpectation[] = [];
  beforeAll(async () => {
    const { questions } = await parseQuestionFile(await xlsx(rows.map((r) => [...r])), 'bank.xlsx');
    read = questions.map(reading);
  });

  it('reads at least 98% of the questions exactly right', () => {
    const { right, accuracy: share } = accuracy(read, [...expected]);
    process.stdout.write(`xlsx: ${name}: ${right}/${expected.length} exact (${(share * 100).toFixed(1)}%)\n`);
    expect(share).toBeGreaterThanOrEqual(0.98);
  });

  it.each(expected.map((e, i) => [i + 1, e] as const))('row question %i', (i, e) => {
    expect(read[i - 1]).toEqual(e);
  });
});

describe('Excel bank details', () => {
  it('keeps points, explanation, difficulty words and category, and reports each row', async () => {
    const result = await parseQuestionFile(await xlsx(TRAINING_SYSTEM.map((r) => [...r])), 'bank.xlsx');
    expect(result.questions[0]).toMatchObject({ difficulty: 1, category: '计量', source: { line: 4 } });
    expect(result.questions[2]).toMatchObject({ difficulty: 5 });
    expect(result.reports?.[0].layout).toEqual({ format: 'xlsx', numbering: 'row', options: 'columns', answer: 'column' });
    expect(result.reports?.[5].layout.answer).toBe('stem');
    const exam = await parseQuestionFile(await xlsx(EXAM_SYSTEM.map((r) => [...r])), 'bank.xlsx');
    expect(exam.questions[0]).toMatchObject({ points: 2, explanation: '国家电网统一热线' });
  });
});

/** Columns no reader could name: the organizer maps them in the preview. */
const UNKNOWN_HEADER = [
  ['Q', 'Kind', 'Opt 1', 'Opt 2', 'Opt 3', 'Right'],
  ['客户服务热线号码是（ ）。', '单选', '95598', '95588', '12345', 'A'],
  ['营业厅应设置意见簿。', '判断', '', '', '', '对'],
];

describe('an unknown header', () => {
  it('is refused with the header and sample cells, so the columns can be mapped', async () => {
    let error: unknown;
    try {
      await parseQuestionFile(await xlsx(UNKNOWN_HEADER), 'bank.xlsx');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuestionBankImportError);
    const e = error as QuestionBankImportError;
    expect(e.code).toBe(QuestionBankImportErrorCode.UnknownHeader);
    expect(e.errors[0].message).toMatch(/表头.* \/ .*header/);
    expect(e.details.header).toEqual({
      sheet: 'Sheet1',
      row: 1,
      columns: [
        { index: 1, title: 'Q', sample: ['客户服务热线号码是（ ）。', '营业厅应设置意见簿。'] },
        { index: 2, title: 'Kind', sample: ['单选', '判断'] },
        { index: 3, title: 'Opt 1', sample: ['95598', ''] },
        { index: 4, title: 'Opt 2', sample: ['95588', ''] },
        { index: 5, title: 'Opt 3', sample: ['12345', ''] },
        { index: 6, title: 'Right', sample: ['A', '对'] },
      ],
    });
  });

  it('is read with the organizer’s mapping (options in column order)', async () => {
    const mapping: ColumnMapping = { 1: 'stem', 2: 'type', 3: 'option', 4: 'option', 5: 'option', 6: 'answer' };
    const { questions } = await parseQuestionFile(await xlsx(UNKNOWN_HEADER), 'bank.xlsx', { mapping });
    expect(questions.map(reading)).toEqual([S('客户服务热线号码是（　）。', ['95598', '95588', '12345'], 'A'), TF('营业厅应设置意见簿。', true)]);
  });

  it('refuses a mapping without a stem column', async () => {
    await expect(parseQuestionFile(await xlsx(UNKNOWN_HEADER), 'bank.xlsx', { mapping: { 2: 'type' } })).rejects.toMatchObject({ code: QuestionBankImportErrorCode.UnknownHeader });
  });
});

describe('CSV banks', () => {
  it('reads a CSV with quoted cells (commas and line breaks inside)', async () => {
    const csv = ['题型,题干,A,B,C,D,答案', '单选,"客户服务热线号码是（ ）,请选择。",95598,95588,12345,10086,A', '简答,什么是违约用电？,,,,,"危害供用电安全的行为；\n扰乱供用电秩序的行为"'].join('\r\n');
    const { questions } = await parseQuestionFile(Buffer.from(csv), 'bank.csv');
    expect(questions.map(reading)).toEqual([
      S('客户服务热线号码是（　）,请选择。', ['95598', '95588', '12345', '10086'], 'A'),
      Q('什么是违约用电？', '危害供用电安全的行为', '扰乱供用电秩序的行为'),
    ]);
  });

  it('reads a CSV saved by Excel in GBK', async () => {
    // "题型,题干,答案 / 判断,营业厅应设置意见簿。,对" in GBK.
    const gbk = Buffer.from('cce2d0cd2ccce2b8c92cb4f0b0b80d0ac5d0b6cf2cd3aad2b5ccfcd3a6c9e8d6c3d2e2bcfbb2bea1a32cb6d40d0a', 'hex');
    const { questions } = await parseQuestionFile(gbk, 'bank.csv');
    expect(questions.map(reading)).toEqual([TF('营业厅应设置意见簿。', true)]);
  });

  it('reads a tab-separated file with 题目 / 正确答案', async () => {
    const tsv = ['题目\t选项A\t选项B\t正确答案', '营业员接听电话，应首先（ ）。\t问候并报单位\t直接办理\tA'].join('\n');
    const { questions } = await parseQuestionFile(Buffer.from(tsv), 'bank.tsv');
    expect(questions.map(reading)).toEqual([S('营业员接听电话，应首先（　）。', ['问候并报单位', '直接办理'], 'A')]);
  });
});
