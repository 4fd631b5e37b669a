/**
 * The whole contest day in a browser, step by step: the first sign-in sets a new password, the organizer
 * imports the sample paper and builds a contest (a roster team with PINs and a team with seats), phones
 * join with a join code alone, a second phone for the same name waits for the organizer's approval, results
 * stay "已提交" until the question closes, the right to answer passes on a wrong buzzer answer, a judge
 * scores blind, the big screen reveals the final ranking, and the phones show the end screen.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { DESK, ensureWebBuild, launchChromium, PHONE, PROJECTOR, ROOT, WatchedPage } from './browser-kit';
import { api, enterCode, enterName, settledShot, shotBoth, signIn, staffToken, unexpectedErrors } from './contest-kit';

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
const NEW_PASSWORD = 'a-new-admin-password';
const PENALTY = 5;

describe('contest day in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  const watched: WatchedPage[] = [];
  const started = Date.now();
  // Shared by the steps, in order.
  let consoleFace: WatchedPage;
  let org: Page;
  let token: string;
  let contestId: string;
  let teamA: Team;
  let teamB: Team;
  let pinA: string;
  let q1: BankQuestion;
  let q2: BankQuestion;
  let q3: BankQuestion;
  let q4: BankQuestion;
  let riskRoundId: string;
  let shortQ: BankQuestion;
  const rounds: { id: string; title: string }[] = [];
  let screenFace: WatchedPage;
  let phoneA: WatchedPage;
  let phoneB: WatchedPage;
  let oldPhoneA: WatchedPage;

  const open = async (label: string, viewport: { width: number; height: number }) => {
    const face = await WatchedPage.open(browser, label, viewport, app.baseUrl);
    watched.push(face);
    return face;
  };
  const questionControl = (round: number, questionId: string, action: 'open' | 'close') => api(app, token, 'POST', `/rounds/${rounds[round].id}/questions/${questionId}/${action}`);

  beforeAll(async () => {
    ensureWebBuild();
    // ADMIN_PASSWORD unset: the development default, which the first sign-in must replace.
    app = await startTestApp({ ADMIN_PASSWORD: '' });
    browser = await launchChromium();
  }, 170000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    // eslint-disable-next-line no-console
    console.log(`contest day in the browser took ${Math.round((Date.now() - started) / 1000)} s`);
  });

  it('first sign-in with the default password sets a new one before anything else; the queue board opens by cookie', async () => {
    consoleFace = await open('console', DESK);
    org = consoleFace.page;
    await signIn(org, 'admin', 'admin123');
    await org.getByTestId('change-password').waitFor();
    expect(await org.getByTestId('change-password').innerText()).toContain('至少 8 个字符');
    // Nothing else opens while the password is the default one.
    await org.goto('/console');
    await org.getByTestId('change-password').waitFor();
    await shotBoth(consoleFace, 'login-change-password', 'First sign-in: set a new password first');
    await org.getByLabel('当前密码').fill('admin123');
    await org.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await org.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
    await org.getByTestId('change-password-submit').click();
    await org.waitForURL(/\/console$/);
    token = await staffToken(org);
    expect((await api<{ username: string }>(app, token, 'GET', '/auth/me')).username).toBe('admin');

    const [board] = await Promise.all([consoleFace.context.waitForEvent('page'), org.getByTestId('queue-board').click()]);
    await board.waitForURL(/\/admin\/queues\/?$/);
    await board.waitForLoadState('domcontentloaded');
    expect(await board.title()).toMatch(/bull/i);
    await board.close();
  });

  it('too many failed sign-ins: the sign-in page says how many minutes to wait', async () => {
    for (let i = 0; i < 10; i++) {
      await fetch(`${app.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'nobody', password: 'wrong' }) });
    }
    const face = await open('login-throttled', DESK);
    await signIn(face.page, 'nobody', 'wrong');
    await face.page.getByTestId('login-error').getByText(/请 1\d 分钟后再试/).waitFor();
    await shotBoth(face, 'login-rate-limited', /try again in 1\d minute/);
    await face.context.close();
  });

  it('organizer imports the paper, builds the contest with a roster team and a team with seats', async () => {
    await org.goto('/console/banks');
    await org.getByPlaceholder('题库名称').fill('服务知识样卷');
    await org.locator('input[type=file]').setInputFiles(SAMPLE);
    await org.getByRole('button', { name: /导\s?入/ }).last().click();
    await org.getByTestId('import-report').waitFor();
    expect(await org.getByTestId('import-report').innerText()).toMatch(/已导入 \d+ 题/);

    const banks = await api<{ id: string; name: string }[]>(app, token, 'GET', '/banks');
    const bank = banks.find((b) => b.name === '服务知识样卷');
    const questions = await api<BankQuestion[]>(app, token, 'GET', `/banks/${bank?.id}/questions`);
    const singles = questions.filter((q) => q.type === 'single' && typeof q.answer === 'string');
    [q1, q2, q3, q4] = singles;
    shortQ = questions.find((q) => q.type === 'short' && (q.keyPoints?.length ?? 0) > 0) as BankQuestion;
    expect(q4).toBeDefined();
    expect(shortQ).toBeDefined();

    await org.goto('/console');
    await org.getByRole('button', { name: /新建竞赛/ }).click();
    await org.getByLabel('竞赛名称').fill('2025 服务知识竞赛');
    await org.locator('.ant-modal-footer .ant-btn-primary').click();
    await org.waitForURL(/\/console\/contests\/[0-9a-f-]{36}$/);
    contestId = org.url().split('/').pop() as string;
    await org.getByTestId('contest-status').getByText('筹备中').waitFor();

    // Team A joins by roster (each name gets a PIN), team B by seats (the default 5).
    const teamsPanel = org.getByTestId('teams-panel');
    await teamsPanel.getByPlaceholder('队名').fill(TEAM_A);
    await teamsPanel.getByText('按名单').click();
    await teamsPanel.getByTestId('roster-input').fill('张三\n赵六');
    await teamsPanel.getByRole('button', { name: /添加参赛队/ }).click();
    await teamsPanel.locator('.ant-table-cell', { hasText: TEAM_A }).first().waitFor();
    await teamsPanel.getByPlaceholder('队名').fill(TEAM_B);
    await teamsPanel.getByRole('button', { name: /添加参赛队/ }).click();
    await teamsPanel.locator('.ant-table-cell', { hasText: TEAM_B }).first().waitFor();

    for (const [title, kind, q, seconds, settings] of [
      ['第一轮 必答题', 'required', q1, 120, {}],
      ['第二轮 抢答题', 'buzzer', q2, 120, { passOnWrong: true, wrongPenalty: PENALTY }],
      ['第三轮 简答题', 'required', shortQ, 120, {}],
      ['第四轮 快答', 'required', q3, 5, {}],
    ] as const) {
      const round = await api<{ id: string }>(app, token, 'POST', `/contests/${contestId}/rounds`, { title, kind, questionIds: [q.id], secondsPerQuestion: seconds, settings });
      rounds.push({ id: round.id, title });
    }
    await org.reload();
    for (const r of rounds) await org.getByText(r.title).first().waitFor();

    // A risk round made in the console: the tiers start at 10/20/30; result visibility and strict blanks are explained.
    await org.getByRole('button', { name: /添加轮次/ }).click();
    const modal = org.locator('.ant-modal').filter({ has: org.getByTestId('round-settings') });
    await modal.getByLabel('轮次名称').fill('第五轮 风险题');
    await modal.locator('.ant-form-item', { hasText: '赛制' }).locator('.ant-select-selector').click();
    await org.locator('.ant-select-item-option[title="风险"]').click();
    const tiers = modal.getByTestId('stake-tiers');
    for (const tier of ['10', '20', '30']) await tiers.locator('.ant-select-selection-item', { hasText: tier }).waitFor();
    await modal.getByText('默认：收题后公布').waitFor();
    await modal.getByText('严格比对填空答案').waitFor();
    await modal.getByLabel('每题时限（秒）').fill('120');
    await modal.getByPlaceholder('搜索').fill(q4.stem.slice(0, 8));
    await modal.getByPlaceholder('搜索').press('Enter');
    await modal.locator('tr', { hasText: q4.stem.slice(0, 24) }).locator('input[type=checkbox]').check();
    await shotBoth(consoleFace, 'console-add-risk-round', 'Default 10 / 20 / 30: add or remove tiers', modal.getByTestId('round-settings'));
    await modal.locator('.ant-modal-footer .ant-btn-primary').click();
    await org.getByTestId('rounds-panel').getByText('分值 10 / 20 / 30').waitFor();
    const made = await api<{ rounds: { id: string; title: string; settings: { stakes?: number[] } }[] }>(app, token, 'GET', `/contests/${contestId}`);
    const riskRound = made.rounds.find((r) => r.title === '第五轮 风险题');
    expect(riskRound?.settings.stakes).toEqual([10, 20, 30]);
    riskRoundId = riskRound?.id as string;
    const details = await api<{ teams: Team[] }>(app, token, 'GET', `/contests/${contestId}`);
    teamA = details.teams.find((t) => t.name === TEAM_A) as Team;
    teamB = details.teams.find((t) => t.name === TEAM_B) as Team;

    // The members panel: the roster's names with their PINs, nobody joined yet.
    const members = org.getByTestId('members-panel');
    const zhang = members.locator('tr', { hasText: '张三' });
    await zhang.waitFor();
    pinA = (await zhang.locator('code').innerText()).trim();
    expect(pinA).toMatch(/^\d{6}$/);
    expect(await zhang.innerText()).toContain('未加入');

    // A judge, created and assigned as chief; the panel lists the assigned judges.
    const judges = org.getByTestId('judges-panel');
    await judges.getByPlaceholder('用户名').fill('judge1');
    await judges.getByPlaceholder('密码').fill('judge-pass');
    await judges.getByRole('button', { name: /创建评委账号/ }).click();
    await org.getByText('已创建评委 judge1').waitFor();
    await judges.getByText('主裁判').click();
    await judges.getByRole('button', { name: /指派评委/ }).click();
    await org.getByText('已指派评委 judge1').waitFor();
    await judges.getByTestId('assigned-judges').getByText('judge1').waitFor();
    await shotBoth(consoleFace, 'console-members', 'Members and PINs', members);

    // The entry sheet prints each roster member's name and PIN.
    const print = await consoleFace.context.newPage();
    await print.goto(`/console/contests/${contestId}/print`);
    await print.getByTestId('print-card').nth(1).waitFor();
    const cardA = print.getByTestId('print-card').filter({ hasText: TEAM_A });
    await cardA.getByTestId('print-members').waitFor();
    expect(await cardA.innerText()).toContain(teamA.joinCode);
    expect(await cardA.getByTestId('print-members').innerText()).toMatch(new RegExp(`张三\\s+${pinA}`));
    await print.locator('img.print-qr').first().waitFor();
    await print.screenshot({ path: path.join(ROOT, 'test/artifacts/browser-print-sheet.png'), fullPage: true });
    await print.close();
  });

  it('phones join with a join code alone (the team confirmed) and see their PIN; the big screen waits', async () => {
    screenFace = await open('screen', PROJECTOR);
    await screenFace.page.goto(`/screen/${contestId}`);
    await screenFace.page.getByTestId('leaderboard-chart').waitFor();
    await screenFace.page.getByText('比赛即将开始').waitFor();

    oldPhoneA = await open('contestant-A', PHONE);
    await enterCode(oldPhoneA.page, teamA.joinCode, TEAM_A);
    await shotBoth(oldPhoneA, 'contestant-join-confirm', `Join ${TEAM_A}`);
    await enterName(oldPhoneA.page, '张三');
    await oldPhoneA.page.getByTestId('waiting').waitFor();
    expect(await oldPhoneA.page.getByTestId('member-pin').innerText()).toContain(pinA);
    await shotBoth(oldPhoneA, 'contestant-joined-pin', 'Your PIN:');

    phoneB = await open('contestant-B', PHONE);
    await enterCode(phoneB.page, teamB.joinCode, TEAM_B);
    await enterName(phoneB.page, '李四');
    await phoneB.page.getByTestId('waiting').waitFor();
    await org.getByTestId('members-panel').locator('tr', { hasText: '张三' }).getByText('已加入').waitFor();
  });

  it('a second phone for the same name: PIN or approval; the organizer approves; the new phone continues, the old one is signed out', async () => {
    phoneA = await open('contestant-A-new-phone', PHONE);
    await enterCode(phoneA.page, teamA.joinCode, TEAM_A);
    await enterName(phoneA.page, '张三');
    await phoneA.page.getByTestId('rejoin').waitFor();
    await phoneA.page.getByTestId('rejoin-waiting').waitFor();
    const wrongPin = pinA === '000000' ? '111111' : '000000';
    await phoneA.page.getByTestId('rejoin-pin').fill(wrongPin);
    await phoneA.page.getByTestId('rejoin-pin-submit').click();
    await phoneA.page.getByTestId('pin-error').getByText('PIN 不正确').waitFor();
    await shotBoth(phoneA, 'contestant-rejoin', 'has already joined');

    const requests = org.getByTestId('join-requests');
    await requests.getByText('张三').waitFor();
    await settledShot(consoleFace, 'console-join-request', org.getByTestId('members-panel'));
    await requests.getByRole('button', { name: /批\s?准/ }).click();
    await org.getByText('已批准 张三 在新手机上继续').waitFor();

    await phoneA.page.getByTestId('waiting').waitFor();
    expect(await phoneA.page.getByTestId('team-score').isVisible()).toBe(true);
    await oldPhoneA.page.getByTestId('session-ended').waitFor();
    await shotBoth(oldPhoneA, 'contestant-old-phone-signed-out', 'This phone is signed out');
  });

  it('a required question: "已提交" while it is open, right/wrong and the points after the close', async () => {
    await org.getByTestId('open-1').first().click();
    await org.locator('.ant-popconfirm .ant-btn-primary').click();
    for (const phone of [phoneA, phoneB]) await phone.page.getByTestId('question').waitFor();
    expect(await phoneA.page.getByTestId('question').innerText()).toContain(q1.stem.slice(0, 10));
    await org.getByTestId('contest-status').getByText('进行中').waitFor();
    const wrong1 = ['A', 'B', 'C', 'D'].find((k) => k !== q1.answer) as string;
    await phoneA.page.getByTestId(`option-${q1.answer}`).click();
    await phoneA.page.getByTestId('submit').click();
    await phoneB.page.getByTestId(`option-${wrong1}`).click();
    await phoneB.page.getByTestId('submit').click();
    for (const phone of [phoneA, phoneB]) await phone.page.getByTestId('result').getByText('结果将在本题结束后公布').waitFor();
    // Graded by now, and still held back, also after a reload.
    await phoneA.page.waitForTimeout(1500);
    await phoneA.page.reload();
    await phoneA.page.getByTestId('result').getByText('已提交', { exact: true }).waitFor();
    for (const phone of [phoneA, phoneB]) expect(await phone.page.getByTestId('question').innerText()).not.toMatch(/回答正确|回答错误|本题得分/);
    await shotBoth(phoneA, 'contestant-hidden-result', 'The result is shown when the question closes');
    await screenFace.page.getByTestId('screen-question').waitFor();
    await screenFace.shot('screen-open');

    await org.getByTestId('close-1').first().click();
    await phoneA.page.getByText('回答正确').waitFor();
    await phoneA.page.getByTestId('result').getByText(`本题得分 +${q1.points}`).waitFor();
    await phoneB.page.getByText('回答错误').waitFor();
    await phoneB.page.getByTestId('result').getByText('本题得分 0').waitFor();
    await shotBoth(phoneA, 'contestant-required-correct', `Points for this question: +${q1.points}`);

    // 公布答案: the big screen and the phones show the key.
    await org.getByTestId('reveal-answer').and(org.locator(':not([disabled])')).click();
    await screenFace.page.getByTestId('screen-revealed').waitFor();
    expect(await screenFace.page.getByTestId('screen-revealed').innerText()).toContain(`正确答案：${q1.answer}`);
    await phoneB.page.getByTestId('revealed').waitFor();
    await screenFace.shot('screen-revealed');

    // Strict blanks for the round, previewed first: how many answers the change moves, then applied.
    await org.getByTestId('round-grading-1').click();
    const grading = org.locator('.ant-modal').filter({ has: org.getByTestId('grading-preview') });
    await grading.getByTestId('grading-preview').click();
    await grading.getByTestId('grading-report').getByText('将改变 0 份答卷的得分（共 2 份已判答卷）').waitFor();
    await shotBoth(consoleFace, 'console-round-grading', /0 answer\(s\) will change score \(of 2 graded\)/);
    await grading.getByTestId('grading-apply').click();
    await grading.waitFor({ state: 'hidden' });
    await org.getByTestId('rounds-panel').getByText('严格填空').waitFor();
  });

  it('time runs out: the question closes by itself; reopening asks first and says what happens to its answers', async () => {
    await questionControl(3, q3.id, 'open');
    await phoneA.page.getByTestId('question').getByText(q3.stem.slice(0, 10)).waitFor();
    await org.getByTestId('live-phase').getByText('作答中').waitFor();
    await org.getByTestId('live-phase').getByText('已结束').waitFor({ timeout: 12000 });
    await org.getByTestId('reveal-answer').and(org.locator(':not([disabled])')).waitFor();
    await phoneA.page.getByText('本题已结束，等待下一题').waitFor();

    const round4 = org.getByTestId('rounds-panel').locator('.ant-collapse-item', { hasText: rounds[3].title });
    await round4.locator('.ant-collapse-header').click();
    await round4.getByTestId('reopen-1').click();
    const confirm = org.locator('.ant-popover:not(.ant-popover-hidden)');
    await confirm.getByText('已提交的答案保留').waitFor();
    await settledShot(consoleFace, 'console-reopen-confirm');
    await confirm.locator('.ant-btn-primary').click();
    await org.getByTestId('live-phase').getByText('作答中').waitFor();
    await questionControl(3, q3.id, 'close');
    await org.getByTestId('live-phase').getByText('已结束').waitFor();
  });

  it('抢答: A buzzes first and answers wrong; the right passes to B on every face, also after a reload', async () => {
    await questionControl(1, q2.id, 'open');
    await phoneA.page.getByTestId('buzz').waitFor();
    await phoneB.page.getByTestId('buzz').waitFor();
    expect(await phoneA.page.getByTestId(`option-${q2.answer}`).isDisabled()).toBe(true);
    await phoneA.page.getByTestId('buzz').click();
    await phoneA.page.getByText('抢到答题权').waitFor();
    await phoneB.page.getByTestId('buzz').click();
    await phoneB.page.getByTestId('buzz-result').getByText(/第 2 位 \+\d\.\d{3} s/).waitFor();
    expect(await phoneB.page.getByTestId(`option-${q2.answer}`).isDisabled()).toBe(true);
    await phoneB.page.getByTestId('buzz-holder').getByText(`${TEAM_A} 正在作答`).waitFor();

    const screen = screenFace.page;
    await screen.getByTestId('screen-buzz-row').nth(1).waitFor();
    // The question panel makes room for the buzz order: every option stays on screen.
    const lastOption = screen.locator('.screen-option').last();
    await screen.waitForTimeout(500);
    const [option, stem] = await Promise.all([lastOption.boundingBox(), screen.locator('.screen-stem').boundingBox()]);
    expect((option?.y ?? 0) + (option?.height ?? 0)).toBeLessThanOrEqual((stem?.y ?? 0) + (stem?.height ?? 0) + 1);
    expect(await screen.getByTestId('screen-buzz-row').nth(1).innerText()).toMatch(new RegExp(`${TEAM_B}[\\s\\S]*\\+\\d\\.\\d{3} s`));
    expect(await screen.locator('.screen-buzz-row.holder').innerText()).toContain(TEAM_A);
    await settledShot(screenFace, 'screen-buzz-order');

    const wrong2 = ['A', 'B', 'C', 'D'].find((k) => k !== q2.answer) as string;
    await phoneA.page.getByTestId(`option-${wrong2}`).click();
    await phoneA.page.getByTestId('submit').click();
    await phoneA.page.getByTestId('buzz-passed').getByText(`答题权已转给 ${TEAM_B}`).waitFor();
    await phoneB.page.getByTestId('buzz-result').getByText('轮到本队作答').waitFor();
    expect(await phoneB.page.getByTestId(`option-${q2.answer}`).isDisabled()).toBe(false);
    await screen.locator('.screen-buzz-row.holder', { hasText: TEAM_B }).waitFor();
    await shotBoth(screenFace, 'screen-buzz-turn', 'Buzz order');
    await org.getByTestId('buzz-order').getByText('答题中').waitFor();
    expect(await org.getByTestId('buzz-order').locator('tr', { hasText: TEAM_B }).innerText()).toContain('答题中');

    // A reloaded phone shows its real buzz state, never a fresh 抢答 button.
    await phoneB.page.reload();
    await phoneB.page.getByTestId('buzz-result').getByText('轮到本队作答').waitFor();
    expect(await phoneB.page.getByTestId('buzz').count()).toBe(0);
    await shotBoth(phoneB, 'contestant-buzz-turn', 'Your team answers now');
    await phoneB.page.getByTestId(`option-${q2.answer}`).click();
    await phoneB.page.getByTestId('submit').click();
    await phoneB.page.getByTestId('result').getByText('已提交', { exact: true }).waitFor();
    await questionControl(1, q2.id, 'close');
    await phoneB.page.getByTestId('result').getByText(`本题得分 +${q2.points}`).waitFor();
    await phoneA.page.getByTestId('result').getByText(`本题得分 −${PENALTY}`).waitFor();
    await phoneA.page.getByTestId('team-score').getByText(String(q1.points - PENALTY), { exact: true }).waitFor();
    await settledShot(phoneA, 'contestant-buzz-penalty');
  });

  it('a short answer waits for the judge, who scores it blind; the reveal plays the final ranking', async () => {
    await questionControl(2, shortQ.id, 'open');
    const shortText = `我认为：${(shortQ.keyPoints ?? []).join('，')}。`;
    await phoneA.page.getByPlaceholder('请输入答案要点').fill(shortText);
    await phoneA.page.getByTestId('submit').click();
    await phoneA.page.getByTestId('result').getByText('已提交', { exact: true }).waitFor();
    await questionControl(2, shortQ.id, 'close');
    await phoneA.page.getByText('已提交，待评委评分').waitFor();
    await phoneA.shot('contestant-short-review');

    await org.getByTestId('freeze').click();
    await org.getByTestId('unfreeze').waitFor();
    await screenFace.page.getByTestId('freeze-banner').waitFor();

    const judgeFace = await open('judge', DESK);
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

    await org.getByTestId('unfreeze').click();
    await org.getByTestId('freeze').waitFor();
    const ceremony = screenFace.page.getByTestId('reveal-ceremony');
    await ceremony.waitFor();
    await screenFace.page.waitForTimeout(2500);
    const rows = ceremony.getByTestId('ceremony-row');
    expect(await rows.count()).toBe(2);
    const expectedA = q1.points - PENALTY + shortQ.points;
    expect(await rows.filter({ hasText: TEAM_A }).innerText()).toContain(String(expectedA));
    expect(await rows.filter({ hasText: TEAM_B }).innerText()).toContain(String(q2.points));
    await screenFace.shot('screen-final-ranking');
    await phoneA.page.getByTestId('team-score').getByText(String(expectedA)).waitFor();
    await screenFace.page.getByTestId('reveal-ceremony').click();
  });

  it('风险题: teams stake before it opens; the big screen shows the stakes; the phones show +20 and −10 after the close', async () => {
    await phoneA.page.getByTestId('stake-20').click();
    await phoneA.page.getByText('已选择 20 分').waitFor();
    await phoneB.page.getByTestId('stake-10').click();
    await phoneB.page.getByText('已选择 10 分').waitFor();
    await api(app, token, 'POST', `/rounds/${riskRoundId}/questions/${q4.id}/open`);
    const stakes = screenFace.page.getByTestId('screen-stakes');
    await stakes.getByText(TEAM_A).waitFor();
    await stakes.getByText(TEAM_B).waitFor();
    expect(await stakes.innerText()).toMatch(new RegExp(`${TEAM_A}\\s+20[\\s\\S]*${TEAM_B}\\s+10`));
    await settledShot(screenFace, 'screen-stakes');
    const wrong4 = ['A', 'B', 'C', 'D'].find((k) => k !== q4.answer) as string;
    await phoneA.page.getByTestId('question').getByText('本队押 20 分').waitFor();
    await phoneA.page.getByTestId(`option-${q4.answer}`).click();
    await phoneA.page.getByTestId('submit').click();
    await phoneB.page.getByTestId(`option-${wrong4}`).click();
    await phoneB.page.getByTestId('submit').click();
    await phoneB.page.getByTestId('result').getByText('已提交', { exact: true }).waitFor();
    await api(app, token, 'POST', `/rounds/${riskRoundId}/questions/${q4.id}/close`);
    await phoneA.page.getByTestId('result').getByText('本题得分 +20').waitFor();
    await phoneB.page.getByTestId('result').getByText('本题得分 −10').waitFor();
    await shotBoth(phoneB, 'contestant-risk-lost', 'Points for this question: −10');
  });

  it('a written round as individual papers: window opened from the console, one phone answers, reloads, hands in', async () => {
    await api(app, token, 'POST', `/contests/${contestId}/rounds`, {
      title: '第五轮 笔答',
      kind: 'written',
      questionIds: [q1.id, q2.id],
      secondsPerQuestion: 60,
      settings: { paper: { draw: [{ type: 'single', count: 2 }], minutes: 10 } },
    });
    await org.reload();
    await org.getByText('第五轮 笔答').first().click();
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
    await paperPhone.getByTestId('paper-exit').click();
    await org.getByTestId('paper-close').click();
    await org.locator('.ant-popover:not(.ant-popover-hidden) .ant-btn-primary').click();
    await org.getByText('已收卷').first().waitFor();
  });

  it('结束: the console finishes the contest; phones show the final place and score, the big screen says so', async () => {
    // A team with answers cannot be deleted: the console shows the server's reason.
    await org.getByTestId('teams-panel').locator('tr', { hasText: TEAM_A }).getByRole('button', { name: '删除' }).click();
    await org.locator('.ant-popover:not(.ant-popover-hidden)').filter({ hasText: `删除参赛队 ${TEAM_A}` }).locator('.ant-btn-primary').click();
    await org.locator('.ant-message').getByText('已有答题记录，不能删除；可将竞赛归档').waitFor();
    await org.getByTestId('contest-finished').click();
    await org.locator('.ant-popover:not(.ant-popover-hidden)').filter({ hasText: '结束后不能再开题' }).locator('.ant-btn-primary').click();
    await org.getByTestId('contest-status').getByText('已结束').waitFor();
    await org.getByTestId('contest-running').waitFor();
    await settledShot(consoleFace, 'console-finished');
    // The phones read the public board.
    const board = (await (await fetch(`${app.baseUrl}/api/contests/${contestId}/leaderboard`)).json()) as { rows: { teamName: string; rank: number; score: number }[] };
    for (const [phone, teamName] of [
      [phoneA, TEAM_A],
      [phoneB, TEAM_B],
    ] as const) {
      const row = board.rows.find((r) => r.teamName === teamName);
      const end = phone.page.getByTestId('end-screen');
      await end.waitFor();
      const text = await end.innerText();
      expect(text).toContain('比赛已结束');
      expect(text).toMatch(new RegExp(`最终名次\\s+${row?.rank}\\s*/ 2`));
      expect(text).toMatch(new RegExp(`最终得分\\s+${row?.score}`));
    }
    await shotBoth(phoneA, 'contestant-end-screen', 'The contest has finished');
    await screenFace.page.getByTestId('screen-stage').getByText('已结束').waitFor();
    await settledShot(screenFace, 'screen-finished');
  });

  it('no face logged an error (beyond the 4xx answers the join protocol defines)', () => {
    expect(
      unexpectedErrors(watched, {
        // The name joined elsewhere (409), the wrong PIN (403), then "still waiting" on every poll (409).
        'contestant-A-new-phone': [
          [409, /\/api\/join$/],
          [403, /\/api\/join$/],
          [409, /\/join-requests\/[0-9a-f-]+\/claim$/],
        ],
        // The session moved to the new phone: the check after the server closed its socket.
        'contestant-A': [[401, /\/api\/contests\/[0-9a-f-]+\/lifelines$/]],
        'login-throttled': [[429, /\/api\/auth\/login$/]],
        // A team that has answers cannot be deleted: the server says why.
        console: [[409, /\/api\/contests\/[0-9a-f-]+\/teams\/[0-9a-f-]+$/]],
      }),
    ).toEqual([]);
  });
});
