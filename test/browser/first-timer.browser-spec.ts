/**
 * The first-timer's rough edges (issue 18, items 9–11) in the browser: dates in the UI language and no file paths;
 * a prose reference answer split into key points, edited one per line; a judge password refused with its rule; no
 * tie-break banner before the contest starts, one once a tie remains; a near-perfect answer suggested most of its
 * points; the judge's header counts what was scored; publishing offered only for held answers and explained; a
 * wrong join code in Chinese only.
 */
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { ensureWebBuild, launchChromium } from './browser-kit';
import { unexpectedErrors } from './contest-kit';
import { consoleBasics, judgesAndTies, keyPointsEditable } from './first-timer/console.steps';
import { FirstDay } from './first-timer/first-day';
import { joinErrorInChinese, judgeCounts } from './first-timer/judge.steps';

describe('the first-timer’s rough edges in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let day: FirstDay;

  beforeAll(async () => {
    ensureWebBuild();
    // The demo bank is seeded from a file: its name must show, not its path.
    app = await startTestApp({ SEED_DEMO: 'true' });
    browser = await launchChromium();
    day = new FirstDay(app, browser);
  }, 170000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the console shows dates in the UI language and no file paths', () => consoleBasics(day));

  it('a prose reference answer becomes key points, edited one per line', () => keyPointsEditable(day));

  it('a short judge password is refused with its rule; ties show only once the contest has started', () => judgesAndTies(day));

  it('the judge sees a fair suggestion, counts of what was scored, and publishing only for held answers', () => judgeCounts(day));

  it('a wrong join code reads Chinese in Chinese and English in English', () => joinErrorInChinese(day));

  it('no face logged an error (beyond the wrong join code)', () => {
    expect(unexpectedErrors(day.watched, { phone: [[404, /\/api\/join\/ZZZZ99$/]] })).toEqual([]);
  });
});
