/**
 * The whole contest day in a browser, step by step (the steps live in ./contest-day): the first sign-in sets
 * a new password, the organizer imports the sample paper and builds a contest (a roster team with PINs and a
 * team with seats), phones join with a join code alone, a second phone for the same name waits for the
 * organizer's approval, results stay "已提交" until the question closes, the right to answer passes on a wrong
 * buzzer answer, stakes show on the big screen, a judge scores blind, the big screen reveals the final
 * ranking, and the phones show the end screen. Each step needs the ones before it.
 */
import type { Browser } from 'playwright-core';
import { HostNetwork } from '../../apps/api/src/venue/host-network';
import { startTestApp, type TestApp } from '../support/test-app';
import { ensureWebBuild, launchChromium } from './browser-kit';
import { unexpectedErrors } from './contest-kit';
import { buzzTurn, riskStakes } from './contest-day/buzz-risk.steps';
import { buildContest } from './contest-day/build.steps';
import { ContestDay } from './contest-day/day';
import { joinByCode, newPhoneApproved } from './contest-day/join.steps';
import { finish, judgeAndReveal, paperRound } from './contest-day/judge-finish.steps';
import { autoCloseAndReopen, requiredHeldBack } from './contest-day/questions.steps';
import { firstSignIn, throttledSignIn } from './contest-day/sign-in.steps';

describe('contest day in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let day: ContestDay;
  const started = Date.now();

  beforeAll(async () => {
    ensureWebBuild();
    // ADMIN_PASSWORD unset: the development default, which the first sign-in must replace.
    app = await startTestApp({ ADMIN_PASSWORD: '' });
    // The entry sheet's QR codes need a LAN address, whatever this machine has (shown, never dialled).
    jest.spyOn(app.app.get(HostNetwork), 'lanAddresses').mockReturnValue(['192.168.50.10']);
    browser = await launchChromium();
    day = new ContestDay(app, browser);
  }, 170000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    // eslint-disable-next-line no-console
    console.log(`contest day in the browser took ${Math.round((Date.now() - started) / 1000)} s`);
  });

  it('first sign-in with the default password sets a new one before anything else; the queue board opens by cookie', () => firstSignIn(day));

  it('too many failed sign-ins: the sign-in page says how many minutes to wait', () => throttledSignIn(day));

  it('organizer imports the paper, builds the contest with a roster team and a team with seats', () => buildContest(day));

  it('phones join with a join code alone (the team confirmed) and see their PIN; the big screen waits', () => joinByCode(day));

  it('a second phone for the same name: PIN or approval; the organizer approves; the new phone continues, the old one is signed out', () => newPhoneApproved(day));

  it('a required question: "已提交" while it is open, right/wrong and the points after the close', () => requiredHeldBack(day));

  it('time runs out: the question closes by itself; reopening asks first and says what happens to its answers', () => autoCloseAndReopen(day));

  it('抢答: A buzzes first and answers wrong; the right passes to B on every face, also after a reload', () => buzzTurn(day));

  it('a short answer waits for the judge, who scores it blind; the reveal plays the final ranking', () => judgeAndReveal(day));

  it('风险题: teams stake before it opens; the big screen shows the stakes; the phones show +20 and −10 after the close', () => riskStakes(day));

  it('a written round as individual papers: window opened from the console, one phone answers, reloads, hands in', () => paperRound(day));

  it('结束: the console finishes the contest; phones show the final place and score, the big screen says so', () => finish(day));

  it('no face logged an error (beyond the 4xx answers the join protocol defines)', () => {
    expect(
      unexpectedErrors(day.watched, {
        // The name joined elsewhere (409), then the wrong PIN (403); waiting for approval is a 202, no error.
        'contestant-A-new-phone': [
          [409, /\/api\/join$/],
          [403, /\/api\/join$/],
        ],
        // The session moved to the new phone: the check after the server closed its socket.
        'contestant-A': [[401, /\/api\/contests\/[0-9a-f-]+\/lifelines$/]],
        'login-throttled': [[429, /\/api\/auth\/login$/]],
        // The judge's account was disabled: the review (and the chief judge's appeal) queue's next poll.
        judge: [
          [401, /\/api\/contests\/[0-9a-f-]+\/reviews$/],
          [401, /\/api\/contests\/[0-9a-f-]+\/appeals$/],
        ],
        // A team that has answers cannot be deleted: the server says why.
        console: [[409, /\/api\/contests\/[0-9a-f-]+\/teams\/[0-9a-f-]+$/]],
      }),
    ).toEqual([]);
  });
});
