/** Browser test helpers: the web build, Debian's Chromium via playwright-core, error collection, screenshots. */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';

export const ROOT = path.resolve(__dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'test/artifacts');
const WEB_INDEX = path.join(ROOT, 'dist/apps/web/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app unless dist/apps/web is newer than its sources. */
export function ensureWebBuild(): void {
  const sources = Math.max(newestMtime(path.join(ROOT, 'apps/web')), newestMtime(path.join(ROOT, 'libs/domain/src')));
  if (existsSync(WEB_INDEX) && statSync(WEB_INDEX).mtimeMs > sources) return;
  execSync('npm run build:web', { cwd: ROOT, stdio: 'pipe' });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export const PHONE = { width: 390, height: 844 };
export const PROJECTOR = { width: 1920, height: 1080 };
export const DESK = { width: 1440, height: 1000 };

/** A page whose console errors and uncaught exceptions are recorded under `label`. */
export class WatchedPage {
  readonly errors: string[] = [];

  private constructor(
    readonly label: string,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('console', (msg) => {
      // The URL tells which request a "Failed to load resource" entry was about.
      if (msg.type() === 'error') this.errors.push(`${label} console: ${msg.text()}${msg.location().url ? ` @ ${msg.location().url}` : ''}`);
    });
    page.on('pageerror', (error) => this.errors.push(`${label} pageerror: ${error.message}`));
  }

  static async open(browser: Browser, label: string, viewport: { width: number; height: number }, baseURL: string): Promise<WatchedPage> {
    const context = await browser.newContext({ viewport, baseURL, locale: 'zh-CN', acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    return new WatchedPage(label, context, page);
  }

  async shot(name: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `browser-${name}.png`);
    await this.page.screenshot({ path: file, fullPage: false });
    return file;
  }
}

/** What every browser test's day holds: the app, the browser, and each page it opened (watched for errors). */
export class BrowserDay {
  readonly watched: WatchedPage[] = [];

  constructor(
    readonly app: TestApp,
    readonly browser: Browser,
  ) {}

  async open(label: string, viewport: { width: number; height: number }): Promise<WatchedPage> {
    const face = await WatchedPage.open(this.browser, label, viewport, this.app.baseUrl);
    this.watched.push(face);
    return face;
  }
}
