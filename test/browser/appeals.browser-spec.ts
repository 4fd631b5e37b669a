/**
 * 申诉 in the browser: the organizer shows 申诉处理中 on the big screen; two phones miss a blank and appeal after the
 * close (a second filing is refused with the server's words); the big screen and the console show the open appeals;
 * the chief judge sees one blind (answer, key, failed blank, reason) and accepts with the question's points; the phone
 * shows 已接受 +N and the new points, the board moves; the organizer rejects the other with a reply. A paper answer is
 * appealed once its result is out after hand-in.
 */
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { ensureWebBuild, launchChromium } from './browser-kit';
import { unexpectedErrors } from './contest-kit';
import { AppealsDay } from './appeals/appeals-day';
import { chiefAccepts, decisionsReachPhones, fileAppeals } from './appeals/appeal.steps';
import { paperAppeal } from './appeals/paper.steps';
import { buildContest } from './appeals/setup.steps';

describe('appeals in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let day: AppealsDay;

  beforeAll(async () => {
    ensureWebBuild();
    app = await startTestApp();
    browser = await launchChromium();
    day = new AppealsDay(app, browser);
  }, 170000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the organizer turns 申诉处理中 on for the big screen; phones join', () => buildContest(day));

  it('after the close both phones appeal; a second filing is refused; the big screen and the console show them', () => fileAppeals(day));

  it('the chief judge sees the appeal blind and accepts it with the question’s points', () => chiefAccepts(day));

  it('the phone shows 已接受 +N and the new points, the board moves; the organizer rejects the other with a reply', () => decisionsReachPhones(day));

  it('a paper: after hand-in the phone lists its answers; once the results are out it appeals one', () => paperAppeal(day));

  it('no face logged an error (beyond the refused second filing)', () => {
    expect(unexpectedErrors(day.watched, { 'phone-B': [[409, /\/api\/submissions\/[0-9a-f-]+\/appeals$/]] })).toEqual([]);
  });
});
