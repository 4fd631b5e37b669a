/**
 * Importing banks end to end: every layout's preview (questions, layout, warnings by line), an
 * unknown spreadsheet header mapped by hand, a second import of the same name or content
 * (ask / replace / merge / keep), zip bombs refused, templates to download.
 */
import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { QuestionBankEntity, QuestionEntity } from '../../apps/api/src/database/entities';
import { b, buildDocx, p, u } from '../../libs/question-bank/src/__tests__/docx-builder';
import { ApiClient } from '../support/api-client';
import { useTestApp, type TestApp } from '../support/test-app';

function upload(file: Buffer, name: string, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return form;
}

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A .docx whose directory claims 4 GB for one entry: refused before anything is inflated. */
function zipBomb(): Buffer {
  const entries = [
    { name: 'word/document.xml', data: deflateRawSync(Buffer.from('<w:document/>')), size: 13 },
    { name: 'word/media/bomb.bin', data: deflateRawSync(Buffer.alloc(64 * 1024)), size: 0xffffffff },
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const KEY_PAPER = ['一、单项选择题', '1.客户服务热线号码是（ ）。', 'A.95598 B.95588 C.12345 D.10086', '二、判断题', '1.营业厅应设置意见簿。', '2.抄表员可以估抄电量。', '参考答案', '一、单项选择题：1.A', '二、判断题：1.√ 2.× 3.√'].join('\n');

describe('bank import: layouts, preview, duplicates, limits', () => {
  let t: TestApp;
  let staff: ApiClient;
  let db: DataSource;
  const counts = async () => [await db.getRepository(QuestionBankEntity).count(), await db.getRepository(QuestionEntity).count()];

  useTestApp((app) => {
    ({ t, admin: staff } = app);
    db = t.app.get(DataSource);
  });

  it('previews a paper with its answer key: each question’s layout, and the key’s extra entry as a warning on its line', async () => {
    const before = await counts();
    const res = await staff.post('/api/banks/import?dryRun=true', { format: 'text', content: KEY_PAPER, name: '答案在卷末' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ dryRun: true, bankId: null, action: 'preview', imported: 3, duplicates: [] });
    expect(res.body.questions.map((q: { answer: unknown }) => q.answer)).toEqual(['A', true, false]);
    expect(res.body.reports).toEqual([
      { layout: { format: 'text', numbering: 'dot', options: 'inline', answer: 'key' }, warnings: [] },
      { layout: { format: 'text', numbering: 'dot', answer: 'key' }, warnings: [] },
      { layout: { format: 'text', numbering: 'dot', answer: 'key' }, warnings: [] },
    ]);
    expect(res.body.warnings).toContainEqual({ line: 9, message: expect.stringMatching(/答案表第 3 题没有对应的题目 \/ Key entry 3 has no matching question/) });
    expect(await counts()).toEqual(before);
  });

  it('imports a Word paper with automatic numbering and bold/underlined answers through the parse worker', async () => {
    const docx = await buildDocx({
      lists: { 0: [{ fmt: 'decimal', text: '%1.' }, { fmt: 'upperLetter', text: '%2.' }] },
      nums: { 1: { list: 0 }, 2: { list: 0, restartAt: 1 } },
      body: [
        p('单项选择题'),
        { ...p('居民客户供电方案答复期限不超过（  ）个工作日。'), num: { id: 1 } },
        ...['1', '3', '5', '7'].map((o) => ({ ...p(o === '3' ? b(o) : o), num: { id: 1, level: 1 } })),
        p('填空题'),
        { ...p('供电服务方针是', u('优质'), '、', u('方便'), '。'), num: { id: 2 } },
      ],
    });
    const res = await staff.post('/api/banks/import?dryRun=true', upload(docx, 'paper.docx'));
    expect(res.status).toBe(201);
    expect(res.body.questions).toEqual([
      expect.objectContaining({ type: 'single', answer: 'B', stem: '居民客户供电方案答复期限不超过（　）个工作日。' }),
      expect.objectContaining({ type: 'blank', blanks: [['优质'], ['方便']], stem: '供电服务方针是____、____。' }),
    ]);
    expect(res.body.reports.map((r: { layout: unknown }) => r.layout)).toEqual([
      { format: 'docx', numbering: 'auto', options: 'lines', answer: 'mark' },
      { format: 'docx', numbering: 'auto', answer: 'mark' },
    ]);
  });

  it('asks for a column mapping when a spreadsheet header is unknown, then imports with it', async () => {
    const sheet = await xlsx([
      ['Q', 'Kind', 'Opt 1', 'Opt 2', 'Right'],
      ['客户服务热线号码是（ ）。', '单选', '95598', '95588', 'A'],
    ]);
    const before = await counts();
    const refused = await staff.post('/api/banks/import?dryRun=true', upload(sheet, 'export.xlsx'));
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ statusCode: 422, reason: 'UNKNOWN_HEADER', header: { row: 1, columns: expect.arrayContaining([{ index: 1, title: 'Q', sample: ['客户服务热线号码是（ ）。'] }]) } });
    expect(refused.body.errors[0].message).toMatch(/ \/ /);
    const mapping = JSON.stringify({ 1: 'stem', 2: 'type', 3: 'option', 4: 'option', 5: 'answer' });
    const saved = await staff.post('/api/banks/import', upload(sheet, 'export.xlsx', { mapping }));
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ action: 'created', imported: 1 });
    const questions = await staff.get(`/api/banks/${saved.body.bankId}/questions`);
    expect(questions.body[0]).toMatchObject({ type: 'single', answer: 'A', options: [{ key: 'A', text: '95598' }, { key: 'B', text: '95588' }] });
    expect(await counts()).toEqual([before[0] + 1, before[1] + 1]);
    const bad = await staff.post('/api/banks/import', upload(sheet, 'export.xlsx', { mapping: '{"1":"nonsense"}' }));
    expect(bad.status).toBe(400);
  });

  it('on a second import of the same name asks, then merges only new stems, replaces, or keeps both', async () => {
    const first = ['判断题', '1.营业厅应设置意见簿。（√）', '2.抄表员可以估抄电量。（×）'].join('\n');
    const second = ['判断题', '1.营业厅应设置意见簿。（√）', '2.客户可以自行更换电能表。（×）', '3.营业员应使用文明用语。（√）'].join('\n');
    const created = await staff.post('/api/banks/import', { format: 'text', content: first, name: '判断题库', onDuplicate: 'ask' });
    expect(created.body).toMatchObject({ action: 'created', imported: 2, duplicates: [] });
    const bankId = created.body.bankId;

    const preview = await staff.post('/api/banks/import?dryRun=true', { format: 'text', content: second, name: '判断题库' });
    expect(preview.body.duplicates).toEqual([{ bankId, name: '判断题库', sameName: true, sameContent: false, questionCount: 2, usedByRounds: 0, newQuestions: 2 }]);

    const asked = await staff.post('/api/banks/import', { format: 'text', content: second, name: '判断题库', onDuplicate: 'ask' });
    expect(asked.status).toBe(409);
    expect(asked.body).toMatchObject({ statusCode: 409, reason: 'DUPLICATE_BANK', message: expect.stringMatching(/替换、合并或保留两者 \/ .*replace, merge or keep both/) });

    const merged = await staff.post('/api/banks/import', { format: 'text', content: second, name: '判断题库', onDuplicate: 'merge' });
    expect(merged.body).toMatchObject({ action: 'merged', bankId, imported: 2, skipped: 1 });
    const stems = (await staff.get(`/api/banks/${bankId}/questions`)).body.map((q: { stem: string }) => q.stem);
    expect(stems).toEqual(['营业厅应设置意见簿。（　）', '抄表员可以估抄电量。（　）', '客户可以自行更换电能表。（　）', '营业员应使用文明用语。（　）']);

    const replaced = await staff.post('/api/banks/import', { format: 'text', content: first, name: '判断题库', onDuplicate: 'replace' });
    expect(replaced.body).toMatchObject({ action: 'replaced', bankId, imported: 2 });
    expect((await staff.get(`/api/banks/${bankId}/questions`)).body).toHaveLength(2);

    const kept = await staff.post('/api/banks/import', { format: 'text', content: first, name: '判断题库', onDuplicate: 'keep' });
    expect(kept.body).toMatchObject({ action: 'created' });
    expect(kept.body.bankId).not.toBe(bankId);
    expect(kept.body.duplicates).toEqual([expect.objectContaining({ bankId, sameName: true, sameContent: true })]);
  });

  it('finds a duplicate by content under another name, and refuses to replace a bank a contest round uses', async () => {
    const paper = ['单项选择题', '1.窗口服务人员应使用（ B ）。', 'A.方言 B.普通话 C.英语 D.地方话'].join('\n');
    const created = await staff.post('/api/banks/import', { format: 'text', content: paper, name: '窗口服务' });
    const questions = (await staff.get(`/api/banks/${created.body.bankId}/questions`)).body;
    const contest = await staff.post('/api/contests', { title: '用题的竞赛' });
    const round = await staff.post(`/api/contests/${contest.body.id}/rounds`, { title: '必答', kind: 'required', questionIds: [questions[0].id], secondsPerQuestion: 20 });
    expect(round.status).toBe(201);

    const again = await staff.post('/api/banks/import?dryRun=true', { format: 'text', content: paper, name: '另一个名字' });
    expect(again.body.duplicates).toEqual([expect.objectContaining({ bankId: created.body.bankId, sameName: false, sameContent: true, usedByRounds: 1, newQuestions: 0 })]);

    const before = await counts();
    const refused = await staff.post('/api/banks/import', { format: 'text', content: paper, name: '窗口服务', onDuplicate: 'replace' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ reason: 'BANK_IN_USE', message: expect.stringMatching(/已被 1 个竞赛轮次使用，不能替换.* \/ .*cannot be replaced/) });
    expect(await counts()).toEqual(before);
    expect((await staff.get(`/api/banks/${created.body.bankId}/questions`)).body[0].id).toBe(questions[0].id);
  });

  it('refuses a zip bomb with 413 and a clear message, saving nothing', async () => {
    const before = await counts();
    const res = await staff.post('/api/banks/import', upload(zipBomb(), 'paper.docx'));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large', reason: 'TOO_LARGE' });
    expect(res.body.message).toMatch(/解压后过大.* \/ .*expands to/);
    expect(await counts()).toEqual(before);
  });

  it('offers the templates for download, and each imports cleanly', async () => {
    const anonymous = new ApiClient(t.baseUrl);
    const txt = await fetch(`${t.baseUrl}/api/banks/templates/question-bank.txt`);
    expect(txt.status).toBe(200);
    expect(txt.headers.get('content-disposition')).toMatch(/question-bank-template\.txt/);
    const text = await txt.text();
    const fromText = await staff.post('/api/banks/import?dryRun=true', { format: 'text', content: text, name: '模板' });
    expect(fromText.body.imported).toBe(12);
    expect(fromText.body.drafts).toBe(0);
    const xl = await fetch(`${t.baseUrl}/api/banks/templates/question-bank.xlsx`);
    expect(xl.headers.get('content-type')).toMatch(/spreadsheetml/);
    const fromXlsx = await staff.post('/api/banks/import?dryRun=true', upload(Buffer.from(await xl.arrayBuffer()), 'template.xlsx'));
    expect(fromXlsx.body).toMatchObject({ imported: 5, drafts: 0 });
    expect((await anonymous.post('/api/banks/import', { format: 'text', content: text, name: 'x' })).status).toBe(401);
  });
});
