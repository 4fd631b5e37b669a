/** Contest day: Signing in: the default password replaced first, the queue board, too many failed sign-ins. */
import { DESK } from '../browser-kit';
import { api, shotBoth, signIn, staffToken } from '../contest-kit';
import { type ContestDay, NEW_PASSWORD } from './day';

/** First sign-in with the default password sets a new one before anything else; the queue board opens by cookie. */
export async function firstSignIn(day: ContestDay): Promise<void> {
  day.consoleFace = await day.open('console', DESK);
  day.org = day.consoleFace.page;
  await signIn(day.org, 'admin', 'admin123');
  await day.org.getByTestId('change-password').waitFor();
  expect(await day.org.getByTestId('change-password').innerText()).toContain('至少 8 个字符');
  // Nothing else opens while the password is the default one.
  await day.org.goto('/console');
  await day.org.getByTestId('change-password').waitFor();
  await shotBoth(day.consoleFace, 'login-change-password', 'First sign-in: set a new password first');
  await day.org.getByLabel('当前密码').fill('admin123');
  await day.org.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
  await day.org.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
  await day.org.getByTestId('change-password-submit').click();
  await day.org.waitForURL(/\/console$/);
  day.token = await staffToken(day.org);
  expect((await api<{ username: string }>(day.app, day.token, 'GET', '/auth/me')).username).toBe('admin');

  const [board] = await Promise.all([day.consoleFace.context.waitForEvent('page'), day.org.getByTestId('queue-board').click()]);
  await board.waitForURL(/\/admin\/queues\/?$/);
  await board.waitForLoadState('domcontentloaded');
  expect(await board.title()).toMatch(/bull/i);
  await board.close();
}

/** Too many failed sign-ins: the sign-in page says how many minutes to wait. */
export async function throttledSignIn(day: ContestDay): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await fetch(`${day.app.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'nobody', password: 'wrong' }) });
  }
  const face = await day.open('login-throttled', DESK);
  await signIn(face.page, 'nobody', 'wrong');
  await face.page.getByTestId('login-error').getByText(/请 1\d 分钟后再试/).waitFor();
  await shotBoth(face, 'login-rate-limited', /try again in 1\d minute/);
  await face.context.close();
}
