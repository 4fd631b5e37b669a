/**
 * The whole contest day in a browser: the organizer imports the sample paper and builds a contest,
 * two contestants on phones answer a required and a buzzer question and a short answer, a judge scores
 * it blind, and the big screen reveals the final ranking after a freeze.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { DESK, ensureWebBuild, launchChromium, PHONE, PROJECTOR, ROOT, WatchedPage } from './browser-kit';

interface BankQuestion {
  id: string;
  type: string;
  stem: string;
  points: number;
  answer?: string;
  keyPoints?: string[];
}

interface Team {
  id: string;
  name: string;
  joinCode: string;
}

const SAMPLE = path.join(ROOT, 'data/question-bank/sample-paper.txt');
const TEAM_A = '东城支行';
const TEAM_B = '西城支行';

async function api<T>(app: TestApp, token: string, method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${app.baseUrl}/api${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

async function staffToken(page: Page): Promise<string> {
  const raw = await page.evaluate<string | null>("localStorage.getItem('jingsai.staff')");
  if (!raw) throw new Error('no staff session in localStorage');
  return (JSON.parse(raw) as { accessToken: string }).accessToken;
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/用户名/).fill(username);
  await page.getByLabel(/密码/).fill(password);
  await page.locator('button[type=submit]').click();
}

async function joinAs(page: Page, contestId: string, joinCode: string, name: string): Promise<void> {
  await page.goto(`/join?contest=${contestId}`);
  await page.getByLabel(/加入码/).fill(joinCode);
  await page.getByLabel(/姓名/).fill(name);
  await page.locator('button[type=submit]').click();
  await page.getByTestId('waiting').waitFor();
}

describe('contest day in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  const watched: WatchedPage[] = [];

  beforeAll(async () => {
    ensureWebBuild();
    app = await startTestApp();
    browser = await launchChromium();
  }, 170000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('organizer, two contestants, a judge and the big screen run a contest end to end', async () => {
    const started = Date.now();
    // ── the organizer signs in and imports the sample paper through the upload ──
    const consoleFace = await WatchedPage.open(browser, 'console', DESK, app.baseUrl);
    watched.push(consoleFace);
    const org = consoleFace.page;
    await signIn(org, 'admin', 'admin-password');
    await org.waitForURL(/\/console$/);
    await org.goto('/console/banks');
    await org.getByPlaceholder('题库名称').fill('服务知识样卷');
    await org.locator('input[type=file]').setInputFiles(SAMPLE);
    await org.getByRole('button', { name: /导\s?入/ }).last().click();
    const report = org.getByTestId('import-report');
    await report.waitFor();
    expect(await report.innerText()).toMatch(/已导入 \d+ 题/);
    await consoleFace.shot('console-import');

    const token = await staffToken(org);
    const banks = await api<{ id: string; name: string }[]>(app, token, 'GET', '/banks');
    const bank = banks.find((b) => b.name === '服务知识样卷');
    expect(bank).toBeDefined();
    const questions = await api<BankQuestion[]>(app, token, 'GET', `/banks/${bank?.id}/questions`);
    const singles = questions.filter((q) => q.type === 'single' && typeof q.answer === 'string');
    const short = questions.find((q) => q.type === 'short' && (q.keyPoints?.length ?? 0) > 0);
    expect(singles.length).toBeGreaterThanOrEqual(2);
    expect(short).toBeDefined();
    const [q1, q2] = singles;
    const shortQ = short as BankQuestion;

    // ── builds a contest with two teams (UI) and three rounds ──
    await org.goto('/console');
    await org.getByRole('button', { name: /新建竞赛/ }).click();
    await org.getByLabel('竞赛名称').fill('2025 服务知识竞赛');
    await org.locator('.ant-modal-footer .ant-btn-primary').click();
    await org.waitForURL(/\/console\/contests\/[0-9a-f-]{36}$/);
    const contestId = org.url().split('/').pop() as string;
    for (const name of [TEAM_A, TEAM_B]) {
      await org.getByPlaceholder('队名').fill(name);
      await org.getByRole('button', { name: /添加参赛队/ }).click();
      await org.locator('.ant-table-cell', { hasText: name }).first().waitFor();
    }
    const rounds: { id: string; title: string }[] = [];
    for (const [title, kind, q] of [
      ['第一轮 必答题', 'required', q1],
      ['第二轮 抢答题', 'buzzer', q2],
      ['第三轮 简答题', 'required', shortQ],
    ] as const) {
      rounds.push({ ...(await api<{ id: string }>(app, token, 'POST', `/contests/${contestId}/rounds`, { title, kind, questionIds: [q.id], secondsPerQuestion: 120 })), title });
    }
    await org.reload();
    for (const r of rounds) await org.getByText(r.title).first().waitFor();
    const details = await api<{ teams: Team[] }>(app, token, 'GET', `/contests/${contestId}`);
    const teamA = details.teams.find((t) => t.name === TEAM_A) as Team;
    const teamB = details.teams.find((t) => t.name === TEAM_B) as Team;
    expect(teamA.joinCode).toBeTruthy();
    await expect(org.getByText(teamA.joinCode).first().isVisible()).resolves.toBe(true);

    // ── a judge: created and assigned as chief through the console ──
    const judges = org.getByTestId('judges-panel');
    await judges.getByPlaceholder('用户名').fill('judge1');
    await judges.getByPlaceholder('密码').fill('judge-pass');
    await judges.getByRole('button', { name: /创建评委账号/ }).click();
    await org.getByText('已创建评委 judge1').waitFor();
    await judges.getByText('主裁判').click();
    await judges.getByRole('button', { name: /指派评委/ }).click();
    await org.getByText('已指派评委 judge1').waitFor();
    await consoleFace.shot('console-contest');

    // ── printable join sheet ──
    const print = await consoleFace.context.newPage();
    await print.goto(`/console/contests/${contestId}/print`);
    await print.getByTestId('print-card').nth(1).waitFor();
    expect(await print.getByTestId('print-card').count()).toBe(2);
    expect(await print.getByTestId('print-card').first().innerText()).toContain(teamA.joinCode);
    await print.locator('img.print-qr').first().waitFor();
    await print.screenshot({ path: path.join(ROOT, 'test/artifacts/browser-print-sheet.png') });
    await print.close();

    // ── the big screen and two contestants on phones ──
    const screenFace = await WatchedPage.open(browser, 'screen', PROJECTOR, app.baseUrl);
    watched.push(screenFace);
    const screen = screenFace.page;
    await screen.goto(`/screen/${contestId}`);
    await screen.getByTestId('leaderboard-chart').waitFor();
    await screen.getByText('比赛即将开始').waitFor();

    const phoneA = await WatchedPage.open(browser, 'contestant-A', PHONE, app.baseUrl);
    const phoneB = await WatchedPage.open(browser, 'contestant-B', PHONE, app.baseUrl);
    watched.push(phoneA, phoneB);
    await joinAs(phoneA.page, contestId, teamA.joinCode, '张三');
    await joinAs(phoneB.page, contestId, teamB.joinCode, '李四');
    expect(await phoneA.page.getByText(TEAM_A).first().isVisible()).toBe(true);
    await phoneA.shot('contestant-waiting');

    // ── round 1 (必答): opened from the console; A answers right, B wrong ──
    await org.getByTestId('open-1').first().click();
    await org.locator('.ant-popconfirm .ant-btn-primary').click();
    for (const phone of [phoneA, phoneB]) await phone.page.getByTestId('question').waitFor();
    expect(await phoneA.page.getByTestId('question').innerText()).toContain(q1.stem.slice(0, 10));
    const wrong1 = ['A', 'B', 'C', 'D'].find((k) => k !== q1.answer) as string;
    await phoneA.page.getByTestId(`option-${q1.answer}`).click();
    await phoneA.page.getByTestId('submit').click();
    await phoneB.page.getByTestId(`option-${wrong1}`).click();
    await phoneB.page.getByTestId('submit').click();
    await phoneA.page.getByText('回答正确').waitFor();
    await phoneB.page.getByText('回答错误').waitFor();
    await phoneA.shot('contestant-required-correct');
    await screen.getByTestId('screen-question').waitFor();
    await screenFace.shot('screen-open');

    // closed, then the answer revealed from the console: the big screen shows it
    await api(app, token, 'POST', `/rounds/${rounds[0].id}/questions/${q1.id}/close`);
    await org.getByTestId('reveal-answer').and(org.locator(':not([disabled])')).click();
    await screen.getByTestId('screen-revealed').waitFor();
    expect(await screen.getByTestId('screen-revealed').innerText()).toContain(`正确答案：${q1.answer}`);
    await phoneB.page.getByTestId('revealed').waitFor();
    await screenFace.shot('screen-revealed');

    // ── round 2 (抢答): A buzzes first and answers; B is second and cannot answer ──
    await api(app, token, 'POST', `/rounds/${rounds[1].id}/questions/${q2.id}/open`);
    await phoneA.page.getByTestId('buzz').waitFor();
    await phoneB.page.getByTestId('buzz').waitFor();
    expect(await phoneA.page.getByTestId(`option-${q2.answer}`).isDisabled()).toBe(true);
    await phoneA.page.getByTestId('buzz').click();
    await phoneA.page.getByText('抢到答题权').waitFor();
    await phoneB.page.getByTestId('buzz').click();
    await phoneB.page.getByTestId('buzz-result').getByText('第 2 位').waitFor();
    expect(await phoneB.page.getByTestId(`option-${q2.answer}`).isDisabled()).toBe(true);
    await phoneB.shot('contestant-buzz-second');
    await phoneA.page.getByTestId(`option-${q2.answer}`).click();
    await phoneA.shot('contestant-buzz-granted');
    await phoneA.page.getByTestId('submit').click();
    await phoneA.page.getByText('回答正确').waitFor();
    // The console's live panel: who answered, and the buzz order of both teams.
    const buzzOrder = consoleFace.page.getByTestId('buzz-order');
    await buzzOrder.locator('tbody tr').nth(1).waitFor();
    await consoleFace.page.getByTestId('answered-teams').locator('.ant-tag').first().waitFor();
    await consoleFace.page.getByTestId('question-status').scrollIntoViewIfNeeded();
    await consoleFace.shot('console-live-status');
    await api(app, token, 'POST', `/rounds/${rounds[1].id}/questions/${q2.id}/close`);

    // ── round 3 (简答): A writes the key points; it waits for the judge ──
    await api(app, token, 'POST', `/rounds/${rounds[2].id}/questions/${shortQ.id}/open`);
    const shortText = `我认为：${(shortQ.keyPoints ?? []).join('，')}。`;
    await phoneA.page.getByPlaceholder('请输入答案要点').fill(shortText);
    await phoneA.page.getByTestId('submit').click();
    await phoneA.page.getByText('已提交，待评委评分').waitFor();
    await phoneA.shot('contestant-short-review');
    await api(app, token, 'POST', `/rounds/${rounds[2].id}/questions/${shortQ.id}/close`);

    // ── the organizer freezes the board; the big screen says so ──
    await org.getByTestId('freeze').click();
    await org.getByTestId('unfreeze').waitFor();
    await screen.getByTestId('freeze-banner').waitFor();

    // ── the judge scores the short answer, blind ──
    const judgeFace = await WatchedPage.open(browser, 'judge', DESK, app.baseUrl);
    watched.push(judgeFace);
    const judge = judgeFace.page;
    await signIn(judge, 'judge1', 'judge-pass');
    await judge.waitForURL(/\/judge$/);
    await judge.getByText('2025 服务知识竞赛').click();
    const card = judge.getByTestId('review-card');
    await card.waitFor();
    expect(await card.innerText()).toContain(shortQ.stem.slice(0, 10));
    expect(await judge.getByTestId('judge-answer').locator('mark').count()).toBeGreaterThan(0);
    const judgeText = await judge.locator('body').innerText();
    for (const secret of [TEAM_A, TEAM_B, '张三', '李四']) expect(judgeText).not.toContain(secret);
    await judge.locator('.ant-input-number input').fill(String(shortQ.points));
    await judge.locator('.ant-input-number input').blur();
    await judgeFace.shot('judge-review');
    await judge.getByTestId('submit-score').click();
    await judge.getByText('评分已提交').waitFor();
    await judge.getByTestId('judge-empty').waitFor();

    // ── the reveal (揭晓): the big screen plays the final ranking ──
    await org.getByTestId('unfreeze').click();
    await org.getByTestId('freeze').waitFor();
    const ceremony = screen.getByTestId('reveal-ceremony');
    await ceremony.waitFor();
    await screen.waitForTimeout(2500);
    const rows = ceremony.getByTestId('ceremony-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.first().innerText()).toContain(TEAM_A);
    expect(await ceremony.innerText()).toContain('最终排名揭晓');
    const expectedA = q1.points + q2.points + shortQ.points;
    expect(await rows.first().innerText()).toContain(String(expectedA));
    await screenFace.shot('screen-final-ranking');
    await consoleFace.shot('console-final');
    await phoneA.page.getByTestId('team-score').getByText(String(expectedA)).waitFor();
    await phoneA.shot('contestant-final');

    // ── a written round as individual papers (笔答): window opened from the console, one phone answers, reloads, hands in ──
    const paperRound = await api<{ id: string }>(app, token, 'POST', `/contests/${contestId}/rounds`, {
      title: '第四轮 笔答',
      kind: 'written',
      questionIds: singles.map((q) => q.id),
      secondsPerQuestion: 60,
      settings: { paper: { draw: [{ type: 'single', count: 2 }], minutes: 10 } },
    });
    expect(paperRound.id).toBeTruthy();
    await org.reload();
    await org.getByText('第四轮 笔答').first().click();
    await org.getByTestId('paper-open').click();
    await org.locator('.ant-popover:not(.ant-popover-hidden) .ant-btn-primary').click();
    await org.getByText('答卷中').first().waitFor();
    const paperPhone = phoneB.page;
    await paperPhone.getByTestId('paper-start').click();
    await paperPhone.getByTestId('paper-sheet').waitFor();
    await paperPhone.getByTestId('paper-q-2').waitFor();
    expect(await paperPhone.getByTestId('paper-countdown').innerText()).toMatch(/\d+:\d{2}/);
    await phoneB.shot('contestant-paper');
    await paperPhone.getByTestId('paper-q-1').getByTestId('option-A').click();
    await paperPhone.getByTestId('paper-send-1').click();
    await paperPhone.getByTestId('paper-done-1').waitFor();
    expect(await paperPhone.getByTestId('paper-q-1').getByTestId('option-B').isDisabled()).toBe(true);
    await paperPhone.reload();
    await paperPhone.getByTestId('paper-done-1').waitFor();
    expect(await paperPhone.getByTestId('paper-countdown').innerText()).toContain('已答 1 / 2 题');
    await phoneB.shot('contestant-paper-restored');
    await paperPhone.getByTestId('paper-hand-in').click();
    await paperPhone.locator('.ant-popover:not(.ant-popover-hidden) .ant-btn-primary').click();
    await paperPhone.getByTestId('paper-submitted').waitFor();
    await org.getByTestId('paper-close').click();
    await org.locator('.ant-popover:not(.ant-popover-hidden) .ant-btn-primary').click();
    await org.getByText('已收卷').first().waitFor();

    // no console errors or uncaught exceptions on any face
    expect(watched.flatMap((w) => w.errors)).toEqual([]);
    // eslint-disable-next-line no-console
    console.log(`contest day in the browser took ${Math.round((Date.now() - started) / 1000)} s`);
  });
});
