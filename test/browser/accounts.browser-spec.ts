/**
 * The admin's accounts page: create a judge, give a forgotten password a temporary one (the judge's open page
 * is signed out, the next sign-in must set a new password), disable and enable again; organizers do not get
 * the page.
 */
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { BrowserDay, DESK, ensureWebBuild, launchChromium, type WatchedPage } from './browser-kit';
import { api, shotBoth, signIn, staffToken, unexpectedErrors } from './contest-kit';

describe('staff accounts in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let day: BrowserDay;
  let admin: WatchedPage;
  let judge: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    ensureWebBuild();
    app = await startTestApp();
    browser = await launchChromium();
    day = new BrowserDay(app, browser);
  }, 170000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const row = (username: string) => page.getByTestId('accounts-table').locator('tbody tr', { hasText: username });

  it('the admin opens 账号 from the console and sees their own account, not actionable', async () => {
    admin = await day.open('admin', DESK);
    page = admin.page;
    await signIn(page, 'admin', 'admin-password');
    await page.waitForURL(/\/console$/);
    await page.getByRole('menuitem', { name: /账号/ }).click();
    await page.waitForURL(/\/console\/accounts$/);
    expect(await row('admin').innerText()).toMatch(/管理员[\s\S]*正常[\s\S]*当前登录账号/);
  });

  it('creates a judge, who signs in', async () => {
    await page.getByTestId('account-username').fill('judge-zhang');
    await page.getByTestId('account-password').fill('judge-pass-1');
    await page.getByRole('button', { name: /创建账号/ }).click();
    await page.getByText('已创建账号 judge-zhang').waitFor();
    expect(await row('judge-zhang').innerText()).toMatch(/评委[\s\S]*正常/);

    judge = await day.open('judge', DESK);
    await signIn(judge.page, 'judge-zhang', 'judge-pass-1');
    await judge.page.waitForURL(/\/judge$/);
  });

  it('a temporary password signs the judge out at once; their next sign-in must set a password of their own', async () => {
    await page.getByTestId('reset-judge-zhang').click();
    await page.getByTestId('temporary-password').fill('123');
    await page.getByRole('dialog').getByRole('button', { name: /重置密码/ }).click();
    await page.getByText('密码至少 6 个字符').waitFor();
    await page.getByTestId('temporary-password').fill('temp-pass-9');
    await page.getByRole('dialog').getByRole('button', { name: /重置密码/ }).click();
    await page.getByText('已为 judge-zhang 设置临时密码，请当面告知').waitFor();
    expect(await row('judge-zhang').innerText()).toContain('待改密码');

    // The judge's open page learns on its next request that the session has ended.
    await judge.page.reload();
    await judge.page.getByTestId('session-ended').waitFor();
    await signIn(judge.page, 'judge-zhang', 'judge-pass-1');
    await judge.page.getByTestId('login-error').waitFor();
    await signIn(judge.page, 'judge-zhang', 'temp-pass-9');
    await judge.page.getByTestId('change-password').waitFor();
    await judge.page.getByLabel('新密码', { exact: true }).fill('zhang-own-pass');
    await judge.page.getByLabel('再次输入新密码').fill('zhang-own-pass');
    await judge.page.getByTestId('change-password-submit').click();
    await judge.page.waitForURL(/\/judge$/);
    await page.reload();
    expect(await row('judge-zhang').innerText()).toMatch(/评委[\s\S]*正常/);
  });

  it('disabling asks first, signs the judge out and keeps the account listed; enabling lets the old password in again', async () => {
    await page.getByTestId('disable-judge-zhang').click();
    await page.locator('.ant-popover:not(.ant-popover-hidden) .ant-btn-primary').click();
    await page.getByText('已停用 judge-zhang').waitFor();
    expect(await row('judge-zhang').innerText()).toContain('已停用');
    await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
    await shotBoth(admin, 'accounts', 'Staff accounts');

    await judge.page.reload();
    await judge.page.getByTestId('session-ended').waitFor();
    await signIn(judge.page, 'judge-zhang', 'zhang-own-pass');
    await judge.page.getByTestId('login-error').waitFor();

    await row('judge-zhang').getByRole('button', { name: /启用/ }).click();
    await page.getByText('已启用 judge-zhang，可用原密码登录').waitFor();
    expect(await row('judge-zhang').innerText()).toContain('正常');
    await signIn(judge.page, 'judge-zhang', 'zhang-own-pass');
    await judge.page.waitForURL(/\/judge$/);
  });

  it('an organizer has no 账号 menu, and the address leads back to the console', async () => {
    const token = await staffToken(page);
    await api(app, token, 'POST', '/users', { username: 'org-li', password: 'org-pass-1', role: 'organizer' });
    const organizer = await day.open('organizer', DESK);
    await signIn(organizer.page, 'org-li', 'org-pass-1');
    await organizer.page.waitForURL(/\/console$/);
    expect(await organizer.page.getByRole('menuitem', { name: /账号/ }).count()).toBe(0);
    await organizer.page.goto('/console/accounts');
    await organizer.page.waitForURL(/\/console$/);
  });

  it('no page logged an error but the refusals the steps caused', () => {
    // The judge's reloads after their session ended, and the refused sign-ins.
    expect(unexpectedErrors(day.watched, { judge: [[401, /\/api\//]] })).toEqual([]);
  });
});
