/**
 * The 竞赛分析报告 in a browser: the demo contest played (see analysis-kit), then the big screen's option bar
 * (off until the organizer switches it on in the console, the key green after the reveal), the console's
 * 分析 tab with every chart filled and its tables sorting, in Chinese and English, the A4 print view saved as
 * a PDF, and results.xlsx downloaded from the tab holding the numbers the tab shows.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Locator } from 'playwright-core';
import { FakeClock } from '../support/fake-clock';
import { startTestApp, type TestApp } from '../support/test-app';
import { playDemoContest, type DemoPlayed } from './analysis-kit';
import { ARTIFACTS, DESK, ensureWebBuild, launchChromium, PROJECTOR, WatchedPage } from './browser-kit';
import { api, settledShot, shotBoth, signIn, switchLanguage, unexpectedErrors } from './contest-kit';

/** The parts of a canvas and an element the checks read (the test tsconfig has no DOM types). */
interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}
interface ElementLike {
  getBoundingClientRect(): { width: number };
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
}

/** How many pixels of a chart's canvas are painted (not blank): a filled chart has thousands. */
async function paintedPixels(chart: Locator): Promise<number> {
  const canvas = chart.locator('canvas').first();
  await canvas.waitFor();
  // Let the chart's entry animation finish.
  await chart.page().waitForTimeout(1200);
  return canvas.evaluate((element: unknown) => {
    const { width, height, getContext } = element as CanvasLike;
    const context = getContext.call(element as CanvasLike, '2d');
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, width, height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) painted++;
    return painted;
  });
}

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

describe('the analysis report in the browser (the demo contest)', () => {
  let app: TestApp;
  let browser: Browser;
  let token: string;
  let demo: DemoPlayed;
  let consoleFace: WatchedPage;
  let screenFace: WatchedPage;
  const faces: WatchedPage[] = [];
  const clock = new FakeClock();
  const open = async (label: string, viewport: { width: number; height: number }) => {
    const face = await WatchedPage.open(browser, label, viewport, app.baseUrl);
    faces.push(face);
    return face;
  };

  beforeAll(async () => {
    ensureWebBuild();
    app = await startTestApp({ SEED_DEMO: 'true', RATE_LIMIT_PER_IP: '0' }, { clock });
    browser = await launchChromium();
    token = (await api<{ accessToken: string }>(app, '', 'POST', '/auth/login', { username: 'admin', password: 'admin-password' })).accessToken;
    demo = await playDemoContest(app, token, (ms) => clock.advance(ms));
  }, 170000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the big screen shows no option bar until the console switches it on; then "x% chose B", the key green after the reveal', async () => {
    screenFace = await open('screen', PROJECTOR);
    await screenFace.page.goto(`/screen/${demo.contestId}`);
    await screenFace.page.getByTestId('screen-question').waitFor();
    await screenFace.page.waitForTimeout(4500);
    expect(await screenFace.page.getByTestId('screen-option-shares').count()).toBe(0);

    consoleFace = await open('console', DESK);
    await signIn(consoleFace.page, 'admin', 'admin-password');
    await consoleFace.page.waitForURL(/\/console$/);
    await consoleFace.page.goto(`/console/contests/${demo.contestId}`);
    // A knowledge point of the organizer's own, on the contest's copy of the first question (no answer moves).
    await consoleFace.page.getByRole('button', { name: '修正本竞赛中的题目' }).first().click();
    await consoleFace.page.getByTestId('question-tags').click();
    await consoleFace.page.keyboard.type('首问负责');
    await consoleFace.page.keyboard.press('Enter');
    await consoleFace.page.getByTestId('preview-rejudge').click();
    await consoleFace.page.getByTestId('rejudge-preview').getByText('0 份答卷将改变（共 4 份已判答卷）').waitFor();
    await consoleFace.page.getByTestId('save-rejudge').click();
    await consoleFace.page.getByText('题目已保存').waitFor();
    await consoleFace.page.getByTestId('analysis-tab-button').click();
    const toggle = consoleFace.page.getByTestId('option-shares-switch');
    await toggle.click();
    await consoleFace.page.locator('[data-testid=option-shares-switch].ant-switch-checked').waitFor();

    const bar = screenFace.page.getByTestId('screen-option-shares');
    await bar.waitFor({ timeout: 15000 });
    await bar.getByText('8 人作答').waitFor();
    expect(await paintedPixels(bar)).toBeGreaterThan(2000);
    await settledShot(screenFace, 'analysis-screen-option-shares');
    await api(app, token, 'POST', `/rounds/${demo.last.roundId}/questions/${demo.last.questionId}/reveal`, {});
    await bar.getByText(`正确答案 ${demo.last.key}`).waitFor({ timeout: 15000 });
    await shotBoth(screenFace, 'analysis-screen-option-shares-key', `Key ${demo.last.key}`);
  });

  it('分析 tab: summary, heat map, option bars and rank paths filled; the tables sort; zh-CN and English', async () => {
    const page = consoleFace.page;
    await page.reload();
    await page.getByTestId('analysis-tab').waitFor();
    expect(page.url()).toContain('tab=analysis');
    for (const id of ['analysis-heatmap', 'analysis-options', 'analysis-rank-paths']) expect(await paintedPixels(page.getByTestId(id))).toBeGreaterThan(3000);
    const summary = await page.getByTestId('analysis-summary').innerText();
    expect(summary).toMatch(/题目\s+26/);
    expect(summary).toMatch(/知识点\s+9/);
    expect(await page.getByTestId('analysis-generated').innerText()).toMatch(/生成于 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}（Asia\/Shanghai）/);

    const items = page.getByTestId('analysis-items');
    await items.getByTestId('items-flagged-only').click();
    const flaggedRows = items.locator('tbody tr.ant-table-row');
    expect(await flaggedRows.count()).toBeGreaterThanOrEqual(3);
    const flagged = await items.locator('tbody').innerText();
    for (const text of ['过易', '干扰项比答案更多人选', '区分度为负，请核对答案']) expect(flagged).toContain(text);
    await items.getByTestId('items-flagged-only').click();
    await items.locator('th.ant-table-column-has-sorters', { hasText: '正确率' }).click();
    const facilities = await items.locator('tbody tr.ant-table-row td:nth-child(12)').allInnerTexts();
    const values = facilities.map((text) => Number.parseFloat(text));
    expect(values).toEqual([...values].sort((a, b) => a - b));

    expect(await page.getByTestId('analysis-teams').locator('tbody tr.ant-table-row').count()).toBe(4);
    expect(await page.getByTestId('analysis-contestants').locator('tbody tr.ant-table-row').count()).toBe(8);
    const heatmap = page.getByTestId('analysis-heatmap');
    await heatmap.scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    // The README's picture (docs/analysis-heatmap.png) is this file.
    await heatmap.screenshot({ path: path.join(ARTIFACTS, 'browser-analysis-heatmap.png') });
    await page.screenshot({ path: path.join(ARTIFACTS, 'browser-analysis-tab.png'), fullPage: true });
    await switchLanguage(page, 'EN');
    await page.getByText('Knowledge points (share of points)').waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(ARTIFACTS, 'browser-analysis-tab-en.png'), fullPage: true });
    await switchLanguage(page, '中文');
  });

  it('the print view lays the report on A4 pages and saves as a PDF', async () => {
    const page = await consoleFace.context.newPage();
    await page.goto(`/console/contests/${demo.contestId}/analysis/print`);
    await page.getByTestId('analysis-print').waitFor();
    await page.getByTestId('print-items').first().waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(ARTIFACTS, 'browser-analysis-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    // 186 mm of content between 12 mm margins: nothing wider than the A4 page's printable width.
    const [printable, widest] = await page.locator('.an-print').evaluate((root: unknown) => {
      const element = root as ElementLike;
      return [element.getBoundingClientRect().width, Math.max(...Array.from(element.querySelectorAll('*'), (e) => e.getBoundingClientRect().width))];
    });
    expect(widest).toBeLessThanOrEqual(printable + 1);
    expect(printable).toBeLessThanOrEqual((186 / 25.4) * 96 + 1);
    // The first A4 page as print media lays it out (210 mm at 96 dpi), for a look at the paper.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(ARTIFACTS, 'browser-analysis-print-a4.png') });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(path.join(ARTIFACTS, 'analysis-report.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(12);
    await page.close();
  });

  it('results.xlsx from the tab holds the numbers the tab shows', async () => {
    const page = consoleFace.page;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('analysis-download').click()]);
    expect(download.suggestedFilename()).toBe(`${demo.title}-成绩与分析.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path()) as string);
    const rows = (sheet: string) => {
      const list: unknown[][] = [];
      book.getWorksheet(sheet)?.eachRow((row) => list.push((row.values as unknown[]).slice(1)));
      return list;
    };
    // Teams: the total and the strongest knowledge point on screen are the workbook's.
    const teamRows = await page.getByTestId('analysis-teams').locator('tbody tr.ant-table-row').all();
    const ranking = rows('总排名');
    for (const row of teamRows) {
      const cells = await row.locator('td').allInnerTexts();
      const inBook = ranking.find((r) => r[1] === cells[1]);
      expect(inBook?.[3]).toBe(Number(cells[3]));
    }
    const tags = rows('知识点×队伍');
    const header = tags[0];
    const first = teamRows[0];
    const [strongest] = await first.locator('td').nth(-2).locator('.ant-tag').allInnerTexts();
    const [tag, shown] = strongest.split(' ');
    const teamName = await first.locator('td').nth(1).innerText();
    expect(pct(tags.find((r) => r[0] === teamName)?.[header.indexOf(tag)] as number)).toBe(shown);
    // Items: the facility column on screen is the workbook's, question by question.
    const items = page.getByTestId('analysis-items');
    const screenRows = await items.locator('tbody tr.ant-table-row').all();
    const itemRows = rows('题目分析');
    const facilityAt = itemRows[0].indexOf('正确率（难度）');
    for (const row of screenRows.slice(0, 10)) {
      const stem = await row.locator('td').nth(4).innerText();
      const inBook = itemRows.find((r) => r[3] === stem);
      const value = inBook?.[facilityAt];
      expect(typeof value === 'number' ? pct(value) : '—').toBe(await row.locator('td').nth(11).innerText());
    }
    expect(rows('选手分析')).toHaveLength(9);
  });

  it('no face logged an error', () => {
    expect(unexpectedErrors(faces, {})).toEqual([]);
  });
});
