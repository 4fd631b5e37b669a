/** Helpers for the contest-day browser test: the API as the organizer, sign-in, joining by code, language switch, expected errors. */
import type { Locator, Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';
import type { WatchedPage } from './browser-kit';

export async function api<T>(app: TestApp, token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${app.baseUrl}/api${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

export async function staffToken(page: Page): Promise<string> {
  const raw = await page.evaluate<string | null>("localStorage.getItem('jingsai.staff')");
  if (!raw) throw new Error('no staff session in localStorage');
  return (JSON.parse(raw) as { accessToken: string }).accessToken;
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.locator('button[type=submit]').click();
}

/** /join with a join code alone: the team name is shown to confirm, then the name. */
export async function enterCode(page: Page, joinCode: string, teamName: string): Promise<void> {
  await page.goto('/join');
  await page.getByTestId('join-code').fill(joinCode);
  await page.getByTestId('join-next').click();
  await page.getByTestId('join-team').getByText(teamName).waitFor();
}

export async function enterName(page: Page, name: string): Promise<void> {
  await page.getByTestId('join-name').fill(name);
  await page.getByTestId('join-submit').click();
}

/** Switches a face's language with its 中文 / EN switch (a dispatched click: an open dialog covers the header). */
export async function switchLanguage(page: Page, lang: 'EN' | '中文'): Promise<void> {
  await page.locator('.ant-segmented-item', { hasText: new RegExp(`^${lang}$`) }).first().dispatchEvent('click');
}

/** Lets antd's transitions (buttons turning disabled, the language switch's thumb, pop-ups) finish before a screenshot. */
export async function settledShot(face: WatchedPage, name: string, focus?: Locator): Promise<void> {
  if (focus) await focus.scrollIntoViewIfNeeded();
  await face.page.waitForTimeout(400);
  await face.shot(name);
}

/** A screenshot in Chinese, then the same screen in English (back to Chinese after); `focus` is scrolled into view for each. */
export async function shotBoth(face: WatchedPage, name: string, englishText: string | RegExp, focus?: Locator): Promise<void> {
  await settledShot(face, name, focus);
  await switchLanguage(face.page, 'EN');
  await face.page.getByText(englishText).first().waitFor();
  await settledShot(face, `${name}-en`, focus);
  await switchLanguage(face.page, '中文');
}

/** A 4xx answer the test expects on a face: its status and the request's path. */
export type ExpectedFailure = [status: number, path: RegExp];

/**
 * The browser logs every 4xx response as a console error ("Failed to load resource"). Some are part of
 * a protocol the server defines (a re-join answers 409, a wrong PIN 403, an ended session 401, a
 * waiting approval 409 on every poll, a refused delete 409): those are allowed for the named face and
 * request only; anything else fails.
 */
export function unexpectedErrors(faces: WatchedPage[], allowed: Record<string, ExpectedFailure[]>): string[] {
  return faces.flatMap((face) =>
    face.errors.filter((error) => {
      const status = Number(/status of (\d{3})/.exec(error)?.[1]);
      const url = / @ (\S+)$/.exec(error)?.[1] ?? '';
      const expected = error.includes('Failed to load resource') && (allowed[face.label] ?? []).some(([s, path]) => s === status && path.test(url));
      return !expected;
    }),
  );
}
