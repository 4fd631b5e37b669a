import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { QuestionBankImportError, exportBankJson, importBankJson, parsePaperText, parseQuestionFile, readXlsxBank, writeXlsxTemplate } from '../index';
import { main, runParse } from '../cli/bank-cli';

const PAPER = '填空题:\n1.优质服务八字方针是____、____。\n优质、方便\n';
const SAMPLE = resolve(__dirname, '../../../../data/question-bank');

async function docx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function importErrors(buffer: Buffer, name: string): Promise<{ line: number; message: string }[]> {
  try {
    await parseQuestionFile(buffer, name);
  } catch (err) {
    if (err instanceof QuestionBankImportError) return err.errors;
    throw err;
  }
  throw new Error('expected a QuestionBankImportError');
}

describe('parseQuestionFile: formats', () => {
  it.each([
    ['UTF-8 .txt', Buffer.from(PAPER, 'utf8'), 'p.txt'],
    ['UTF-8 with BOM .md', Buffer.from(`\uFEFF${PAPER}`, 'utf8'), 'p.md'],
    ['GB18030 text', Buffer.from('cccebfd5cce23a0a312ec5c5b6d3b7bdd5eb5f5f5f5fa1a30ad3c5d6ca0a', 'hex'), 'p.txt'],
  ])('%s', async (_name, buffer, file) => {
    const { questions } = await parseQuestionFile(buffer, file);
    expect(questions[0]).toMatchObject({ type: 'blank', source: { file, line: 2 } });
  });

  it('reads .docx through the same parser', async () => {
    const { questions } = await parseQuestionFile(await docx(['选择题:', '1.“首问负责制”指___。', 'A.甲', 'B.乙', '选择B']), 'paper.docx');
    expect(questions).toEqual([expect.objectContaining({ type: 'single', answer: 'B', stem: '“首问负责制”指____。' })]);
  });

  it('reads the shipped .xlsx template: one example per type', async () => {
    const { questions } = await parseQuestionFile(readFileSync(resolve(SAMPLE, '../templates/question-bank-template.xlsx')), 'question-bank-template.xlsx');
    expect(questions.map((q) => q.type)).toEqual(['single', 'multiple', 'truefalse', 'blank', 'short']);
    expect(questions[3]).toMatchObject({ blanks: [['优质'], ['方便'], ['规范'], ['快捷']] });
    expect(questions[4]).toMatchObject({ keyPoints: ['接待', '会话', '服务', '沟通'], points: 20 });
  });

  it('writes a template whose header is the documented columns', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsxTemplate()) as unknown as ExcelJS.Buffer);
    expect((wb.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(['题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '分值', '解析', '分类', '难度']);
  });

  it('round-trips a bank through JSON exactly', async () => {
    const { questions } = parsePaperText(readFileSync(resolve(SAMPLE, 'sample-paper.txt'), 'utf8'), { file: 'sample-paper.txt' });
    const json = exportBankJson({ name: '示例', questions });
    expect(importBankJson(json)).toEqual({ name: '示例', questions });
    expect((await parseQuestionFile(Buffer.from(json), 'bank.json')).questions).toEqual(questions);
  });

  it('ships data/question-bank/sample-paper.json as the parse of the sample paper', () => {
    const { questions } = parsePaperText(readFileSync(resolve(SAMPLE, 'sample-paper.txt'), 'utf8'), { file: 'sample-paper.txt' });
    expect(importBankJson(readFileSync(resolve(SAMPLE, 'sample-paper.json'), 'utf8')).questions).toEqual(questions);
  });
});

describe('parseQuestionFile: bad input', () => {
  it.each([
    ['empty file', Buffer.alloc(0), 'a.txt', '文件为空 / The file is empty'],
    ['only spaces', Buffer.from('  \n\n '), 'a.txt', '文件为空 / The file is empty'],
    ['binary', Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0x10, 0x00]), 'a.txt', '二进制'],
    ['unknown format', Buffer.from('%PDF-1.4'), 'a.pdf', '不支持的文件格式'],
    ['no recognisable question', Buffer.from('这是一篇心得体会。\n服务是一种文化。'), 'a.txt', '未识别到任何题目 / No questions recognised'],
    ['invalid JSON', Buffer.from('{"questions": ['), 'a.json', 'JSON 格式错误'],
    ['JSON question without a stem', Buffer.from('{"name":"x","questions":[{"type":"single","points":1,"tags":[],"options":[],"answer":"A"}]}'), 'a.json', '缺少题干'],
    ['broken .docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/ garbage')]), 'a.docx', 'Word'],
  ])('%s', async (_name, buffer, file, message) => {
    const errors = await importErrors(buffer, file);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].message).toContain(message);
    expect(errors[0].message).toMatch(/ \/ /); // Chinese / English
  });

  it.each([
    ['unknown type', ['问卷', '题干'], '题型无效'],
    ['empty stem', ['单选', ''], '题干为空'],
    ['answer not among options', ['单选', '甲', '一', '二', '', '', '', '', 'D'], '不在选项中'],
    ['bad true/false answer', ['判断', '甲', '', '', '', '', '', '', '也许'], '对/错'],
  ])('xlsx row with %s reports its row number', async (_name, row, message) => {
    const errors = await importErrors(await xlsx([['题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案'], row]), 'b.xlsx');
    expect(errors[0]).toEqual({ line: 2, message: expect.stringContaining(message) });
  });

  it('xlsx rows without an answer become drafts', async () => {
    const { questions, warnings } = await readXlsxBank(await xlsx([['题型', '题干', '答案'], ['简答', '什么是服务？', '']]));
    expect(questions[0]).toMatchObject({ type: 'short', draft: true, source: { line: 2 } });
    expect(warnings[0].line).toBe(2);
  });
});

describe('bank-cli', () => {
  it('runParse returns {questions, warnings} for a file', async () => {
    const result = await runParse(resolve(__dirname, 'papers/bank-teller.paper.txt'));
    expect(result.questions).toHaveLength(10);
  });

  it('parse prints JSON on stdout', async () => {
    let out = '';
    const code = await main(['parse', resolve(__dirname, 'papers/qa-answers.paper.txt')], { out: (t) => (out += t), err: () => undefined });
    expect(code).toBe(0);
    expect(JSON.parse(out).questions).toHaveLength(5);
  });

  it('parses Word and Excel papers too, and takes a column mapping for an unknown header', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-cli-'));
    const word = join(dir, 'paper.docx');
    writeFileSync(word, await docx(['判断题', '1.营业厅应设置意见簿。（√）']));
    expect((await runParse(word)).questions).toEqual([expect.objectContaining({ type: 'truefalse', answer: true })]);
    const sheet = join(dir, 'export.xlsx');
    writeFileSync(sheet, await xlsx([['Q', 'Right'], ['营业厅应设置意见簿。', '对']]));
    let err = '';
    expect(await main(['parse', sheet], { out: () => undefined, err: (t) => (err += t) })).toBe(1);
    expect(JSON.parse(err)).toMatchObject({ header: { columns: [{ index: 1, title: 'Q' }, { index: 2, title: 'Right' }] } });
    let out = '';
    expect(await main(['parse', sheet, '--mapping', '{"1":"stem","2":"answer"}'], { out: (t) => (out += t), err: () => undefined })).toBe(0);
    expect(JSON.parse(out).questions).toEqual([expect.objectContaining({ type: 'truefalse', answer: true })]);
    rmSync(dir, { recursive: true, force: true });
    process.exitCode = 0;
  });

  it('reports bad input as {errors} on stderr with a non-zero code', async () => {
    let err = '';
    const code = await main(['parse', resolve(__dirname, 'papers/missing.txt')], { out: () => undefined, err: (t) => (err += t) });
    expect(code).toBe(1);
    expect(err).toMatch(/ENOENT/);
    process.exitCode = 0;
  });
});
