/** Builds the question-bank template workbook: the documented columns, one example per type and a notes sheet. */
import ExcelJS from 'exceljs';
import { XLSX_COLUMNS } from './xlsx.reader';

const EXAMPLES: string[][] = [
  ['单选', '“首问负责制”指（　）。', '被客户访问的工作人员引导客户', '被客户首先访问的工作人员办好手续', '口头告知客户', '被客户首先访问的工作人员有责任引导客户办好各种手续', '', '', 'D', '10', '', '营销与优质服务', '2'],
  ['多选', '接待客户要（　）。', '起身相迎,微笑示座', '做到来有迎声,去有送声', '认真倾听,准确答复', '有问必答,百问不厌', '', '', 'ABCD', '10', '', '营销与优质服务', '2'],
  ['判断', '供电设施计划检修停电，应提前7天向社会公告。', '', '', '', '', '', '', '对', '10', '', '优质服务', '1'],
  ['填空', '优质服务八字方针是____、____、____、____。', '', '', '', '', '', '', '优质；方便；规范；快捷', '10', '', '营销与优质服务', '1'],
  ['简答', '文明服务的一般行为是什么？', '', '', '', '', '', '', '①接待 ②会话 ③服务 ④沟通', '20', '', '营销与优质服务', '3'],
];

const NOTES: [string, string][] = [
  ['题型', '必填。单选 / 多选 / 判断 / 填空 / 简答（也接受 单选题、单项选择题、single 等）'],
  ['题干', '必填。填空题的空用 ____ 或 （　） 表示'],
  ['选项A…选项F', '选择题的选项，至少两个；其他题型留空'],
  ['答案', '单选：B；多选：ACD 或 A,C,D；判断：对/错（√/×）；填空：各空用 ； 分隔，同一空的可接受写法用 | 分隔；简答：参考答案，可用 ①② 或 (1)(2) 分点。留空则导入为草稿'],
  ['分值', '可选，默认 单选/多选/判断/填空 10 分，简答 20 分'],
  ['解析', '可选，公布答案时显示'],
  ['分类', '可选，如“营销与优质服务”'],
  ['难度', '可选，1（易）…5（难）'],
];

export async function writeXlsxTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(0); // a stable file: regenerating the template changes nothing
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet('题库');
  sheet.addRow([...XLSX_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  EXAMPLES.forEach((row) => sheet.addRow(row));
  sheet.columns.forEach((col, i) => {
    col.width = i === 1 ? 48 : i === 8 ? 30 : 14;
  });
  const notes = workbook.addWorksheet('说明');
  notes.addRow(['列', '说明']).font = { bold: true };
  NOTES.forEach((row) => notes.addRow(row));
  notes.getColumn(1).width = 14;
  notes.getColumn(2).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
