/**
 * Importing banks in the browser: the preview lists every parsed question with the layout it was
 * read in and its warnings by line; a second import of the same name asks replace / merge / keep;
 * a Word paper shows Word's layouts; a spreadsheet with an unknown header is mapped by hand, and
 * the mapping is used again for the next file with the same header.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { b, buildDocx, p, red } from '../../libs/question-bank/src/__tests__/docx-builder';
import { startTestApp, type TestApp } from '../support/test-app';
import { DESK, ensureWebBuild, launchChromium, WatchedPage } from './browser-kit';

/** Mixed layouts in one paper: answers in the stem, an answer key at the end with one entry too many. */
const MIXED_PAPER = [
  '供电服务知识测验',
  '一、单项选择题',
  '1.居民客户供电方案答复期限不超过（ B ）个工作日。',
  'A.1 B.3 C.5 D.7',
  '2.客户服务热线号码是（ ）。',
  'A.95598 B.95588 C.12345 D.10086',
  '二、填空题',
  '3.故障抢修人员到达城区现场的时间一般不超过（45分钟）。',
  '三、判断题',
  '4.营业厅应设置意见簿。',
  '5.抄表员可以估抄电量。',
  '参考答案',
  '一、单项选择题：2.A',
  '三、判断题：4.√ 5.× 6.√',
].join('\n');

async function xlsx(file: string, rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导出');
  rows.forEach((r) => ws.addRow(r));
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/用户名/).fill('admin');
  await page.getByLabel(/密码/).fill('admin-password');
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/console$/);
}

/** Opens an antd Select and picks the option whose label starts with `label` (the previous dropdown may still be fading out). */
async function pickOption(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator(`.ant-select-item-option[title^="${label}"]`).filter({ visible: true }).click();
  await page.locator('.ant-select-dropdown').filter({ visible: true }).waitFor({ state: 'detached' }).catch(() => undefined);
}

describe('import preview in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  const tmp = mkdtempSync(path.join(tmpdir(), 'jingsai-browser-import-'));

  beforeAll(async () => {
    ensureWebBuild();
    app = await startTestApp();
    browser = await launchChromium();
  }, 170000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  // The steps share the console page, in order: a failure names its step.
  let face: WatchedPage;
  let page: Page;
  const header = ['Q', 'Kind', 'Opt 1', 'Opt 2', 'Right'];
  const second = path.join(tmp, 'export-2.xlsx');

  it('the organizer signs in and opens the banks', async () => {
    face = await WatchedPage.open(browser, 'console', DESK, app.baseUrl);
    page = face.page;
    await signIn(page);
    await page.goto('/console/banks');
  });

  it('a pasted paper in mixed layouts: the preview shows every question, its layout and its warnings by line; importing saves it', async () => {
    await page.getByRole('tab', { name: '粘贴文本' }).click();
    await page.getByTestId('format-guide').last().waitFor();
    expect(await page.getByTestId('template-txt').last().getAttribute('href')).toBe('/api/banks/templates/question-bank.txt');
    expect(await page.getByTestId('template-xlsx').last().getAttribute('href')).toBe('/api/banks/templates/question-bank.xlsx');
    await page.getByLabel('题库名称').fill('混合版式试卷');
    await page.getByTestId('paste-content').fill(MIXED_PAPER);
    await page.getByTestId('paste-preview').click();
    const preview = page.getByTestId('import-preview-pane');
    await preview.waitFor();
    expect(await preview.innerText()).toContain('预览：可导入 5 题（尚未保存）');
    const rows = page.getByTestId('import-preview-table').locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(5);
    expect(await rows.nth(0).innerText()).toMatch(/居民客户供电方案[\s\S]*题号 1\.[\s\S]*答案在题干括号内/);
    expect(await rows.nth(1).innerText()).toMatch(/答案在卷末答案表/);
    expect(await rows.nth(2).innerText()).toMatch(/45分钟[\s\S]*答案在题干括号内/);
    expect(await rows.nth(3).innerText()).toMatch(/对[\s\S]*答案在卷末答案表/);
    // Question 1 has no entry in the key: a warning on its line, in its own row.
    expect(await rows.nth(0).getByTestId('question-warnings').innerText()).toContain('第 3 行：答案表中没有第 1 题的答案');
    // The key's extra entry "6.√" belongs to no question: listed with its line under the table.
    expect(await page.getByTestId('other-warnings').innerText()).toContain('第 14 行：答案表第 6 题没有对应的题目');
    await face.shot('import-preview-mixed');

    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-report').innerText()).toContain('已导入 5 题');
    await page.getByText('混合版式试卷 · 题数 5').waitFor();
  });

  it('the same name again: importing asks replace / merge / keep; a merge adds only the new stems', async () => {
    await page.getByTestId('paste-content').fill(`${MIXED_PAPER.replace('5.抄表员可以估抄电量。', '5.抄表员可以估抄电量。\n6.营业员应使用文明用语。')}`);
    await page.getByTestId('paste-import').click();
    await page.getByTestId('duplicate-choice').waitFor();
    expect(await page.getByTestId('duplicate-choice').innerText()).toMatch(/已有同名或内容相同的题库[\s\S]*混合版式试卷[\s\S]*合并：只把 1 道新题/);
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
    await face.shot('import-duplicate-choice');
    await page.getByText(/^合并：/).click();
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-report').innerText()).toContain('已合并到“混合版式试卷”：新增 1 题，跳过 5 道已有的题');
    await page.getByText('混合版式试卷 · 题数 6').waitFor();
  });

  it('a Word paper: automatic numbering and answers in bold and red show as Word\'s layouts', async () => {
    const docx = path.join(tmp, 'word-paper.docx');
    writeFileSync(
      docx,
      await buildDocx({
        lists: { 0: [{ fmt: 'decimal', text: '%1.' }, { fmt: 'upperLetter', text: '%2.' }] },
        nums: { 1: { list: 0 }, 2: { list: 0, restartAt: 1 } },
        body: [
          { ...p('单项选择题'), style: '1' },
          { ...p('窗口服务人员应使用（  ）。'), num: { id: 1 } },
          ...['方言', '普通话', '英语', '地方话'].map((o) => ({ ...p(o === '普通话' ? b(o) : o), num: { id: 1, level: 1 } })),
          { ...p('填空题'), style: '1' },
          { ...p('城市地区故障抢修到达现场时间不超过', red('45分钟'), '。'), num: { id: 2 } },
        ],
      }),
    );
    await page.getByRole('tab', { name: '上传文件' }).click();
    await page.locator('input[type=file]').setInputFiles(docx);
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-preview-table').waitFor();
    const wordRows = page.getByTestId('import-preview-table').locator('tbody tr.ant-table-row');
    expect(await wordRows.nth(0).innerText()).toMatch(/窗口服务人员[\s\S]*普通话[\s\S]*Word[\s\S]*Word 自动编号[\s\S]*选项分行[\s\S]*答案为加粗\/下划线\/红字/);
    expect(await wordRows.nth(1).innerText()).toMatch(/45分钟[\s\S]*答案为加粗\/下划线\/红字/);
    await face.shot('import-preview-word');
    await page.getByRole('button', { name: '关闭预览' }).click();
  });

  it('an Excel export with a header nobody knows: the organizer maps the columns and imports', async () => {
    const first = await xlsx(path.join(tmp, 'export-1.xlsx'), [header, ['客户服务热线号码是（ ）。', '单选', '95598', '95588', 'A'], ['营业厅应设置意见簿。', '判断', '', '', '对']]);
    await page.locator('input[type=file]').setInputFiles(first);
    await page.getByTestId('import-preview').click();
    const mapping = page.getByTestId('column-mapping');
    await mapping.waitFor();
    expect(await mapping.innerText()).toMatch(/表头未能识别[\s\S]*Kind[\s\S]*单选 \/ 判断/);
    await pickOption(page, 'mapping-select-1', '题干');
    await pickOption(page, 'mapping-select-2', '题型');
    await pickOption(page, 'mapping-select-3', '选项');
    await pickOption(page, 'mapping-select-4', '选项');
    await pickOption(page, 'mapping-select-5', '答案');
    await face.shot('import-column-mapping');
    await page.getByTestId('mapping-apply').click();
    await page.getByTestId('import-preview-table').waitFor();
    const sheetRows = page.getByTestId('import-preview-table').locator('tbody tr.ant-table-row');
    expect(await sheetRows.count()).toBe(2);
    expect(await sheetRows.nth(0).innerText()).toMatch(/客户服务热线号码[\s\S]*95598[\s\S]*Excel[\s\S]*表格行[\s\S]*答案列/);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-report').innerText()).toContain('已导入 2 题');
  });

  it('the next file with the same header uses the remembered mapping, in Chinese and in English', async () => {
    await xlsx(second, [header, ['窗口服务人员应使用（ ）。', '单选', '方言', '普通话', 'B']]);
    await page.locator('input[type=file]').setInputFiles(second);
    await page.getByTestId('import-preview').click();
    await page.getByTestId('mapping-remembered').waitFor();
    expect(await page.getByTestId('import-preview-table').locator('tbody tr.ant-table-row').first().innerText()).toMatch(/窗口服务人员[\s\S]*普通话[\s\S]*B/);
    await face.shot('import-mapping-remembered');

    // English switch: the same preview in English.
    await page.evaluate("localStorage.setItem('jingsai.lang', 'en')");
    await page.reload();
    await page.locator('input[type=file]').setInputFiles(second);
    await page.getByTestId('import-preview').click();
    await page.getByTestId('mapping-remembered').waitFor();
    expect(await page.getByTestId('import-preview-pane').innerText()).toMatch(/Used the column mapping saved for this header[\s\S]*Answer column/);
    await face.shot('import-preview-english');
  });

  it('no face logged an error (beyond the 409 and 422 answers of the import protocol)', () => {
    // Chromium logs every 4xx response; the 409 "which bank?" and 422 "map the columns" answers are the
    // import's protocol, exercised above on purpose. Anything else is a failure.
    const expected = /Failed to load resource: the server responded with a status of (409 \(Conflict\)|422 \(Unprocessable Entity\))/;
    expect(face.errors.filter((e) => !expected.test(e))).toEqual([]);
    expect(face.errors.length).toBeLessThanOrEqual(4);
  });
});
