/** The show: questions run from the host's tablet, a phone that loses the Wi-Fi, the big screen's sounds, the final ranking. */
import { api, settledShot, shotBoth } from '../contest-kit';
import { TABLET, TEAMS, type VenueDay } from './venue-day';

/** The clientKey of a Socket.IO `answer` action frame (`42/live,<ack>["answer",{…}]`), or null for any other frame. */
const answerFrameKey = (payload: string): string | null => {
  const match = /^42\/live,\d*(\["answer",.*)$/.exec(payload);
  return match ? (JSON.parse(match[1]) as [string, { clientKey: string }])[1].clientKey : null;
};

const clicked = async (day: VenueDay, action: string) => {
  const button = day.hostFace.page.getByTestId(`host-${action}`);
  await button.and(day.hostFace.page.locator(':not([disabled])')).waitFor();
  await button.click();
};

/** The host's view on a tablet: the question with its key and explanation, who answered, large buttons. */
export async function hostRunsAQuestion(day: VenueDay): Promise<void> {
  const session = await day.consoleFace.page.evaluate<string>("localStorage.getItem('jingsai.staff') ?? ''");
  day.hostFace = await day.openSignedIn('host', TABLET, session);
  const host = day.hostFace.page;
  await host.goto(`/host/${day.contestId}`);
  const next = host.getByTestId('host-upcoming');
  await next.waitFor();
  expect(await next.innerText()).toContain(day.single.stem.slice(0, 12));
  expect(await host.getByTestId('host-upcoming-answer').innerText()).toContain(`正确答案：${day.single.answer}`);

  // The screen's sound: off on a first load, on with one click.
  const screen = day.screenFace.page;
  expect(await screen.getByTestId('sound-toggle').getAttribute('aria-pressed')).toBe('false');
  await screen.getByTestId('sound-toggle').click();
  await screen.locator('[data-testid=sound-toggle][aria-pressed=true]').waitFor();

  await clicked(day, 'open');
  await host.getByTestId('host-countdown').waitFor();
  expect(await host.getByTestId('host-current').innerText()).toContain('解析：计划检修停电应提前七天公告。');
  expect(await host.getByTestId('host-answer').innerText()).toContain(`正确答案：${day.single.answer}.`);
  const [phoneA, phoneB, phoneC] = day.phones;
  for (const phone of day.phones) await phone.page.getByTestId('question').waitFor();
  await phoneA.page.getByTestId(`option-${day.single.answer}`).click();
  await phoneA.page.getByTestId('submit').click();
  await host.getByTestId('answered-teams').getByText(TEAMS[0].name).waitFor();

  // 王五's phone loses the hall's Wi-Fi: a clear banner; the answer stays on the phone and goes out when it is back.
  // Each try goes over the live socket (an `answer` action) or, without one, over HTTP: the same clientKey every time.
  const sent: string[] = [];
  phoneB.page.on('request', (request) => request.url().endsWith('/submissions') && sent.push((request.postDataJSON() as { clientKey: string }).clientKey));
  phoneB.page.on('websocket', (ws) => ws.on('framesent', ({ payload }) => typeof payload === 'string' && answerFrameKey(payload) && sent.push(answerFrameKey(payload) as string)));
  await phoneB.context.setOffline(true);
  await phoneB.page.getByTestId('offline-banner').waitFor();
  const wrong = ['A', 'B', 'C', 'D'].find((k) => k !== day.single.answer) as string;
  await phoneB.page.getByTestId(`option-${wrong}`).click();
  await phoneB.page.getByTestId('submit').click();
  await phoneB.page.getByTestId('answer-queued').waitFor();
  await shotBoth(phoneB, 'venue-phone-offline', 'Connection lost');
  await phoneB.context.setOffline(false);
  await phoneB.page.getByTestId('result').waitFor();
  // The live connection comes back a moment later (Socket.IO's back-off): the banner goes.
  await phoneB.page.getByTestId('offline-banner').waitFor({ state: 'detached' });
  expect(sent.length).toBeGreaterThanOrEqual(2);
  expect(new Set(sent).size).toBe(1);
  await host.getByTestId('answered-teams').getByText(TEAMS[1].name).waitFor();
  await shotBoth(day.hostFace, 'venue-host-open', 'Close');

  await clicked(day, 'close');
  await clicked(day, 'reveal');
  await screen.getByTestId('screen-revealed').waitFor();
  await phoneC.page.getByTestId('revealed').waitFor();
  await expectCue(day, 'right');
  await settledShot(day.hostFace, 'venue-host-revealed');
}

/** 抢答 from the host's view: the chime with the winning team's name, ticks in the last five seconds. */
export async function hostBuzzer(day: VenueDay): Promise<void> {
  const host = day.hostFace.page;
  await clicked(day, 'next');
  await host.getByTestId('host-current').getByText(day.truefalse.stem.slice(0, 10)).waitFor();
  await host.getByText('待开题').waitFor();
  await clicked(day, 'open');
  const phoneC = day.phones[2];
  await phoneC.page.getByTestId('buzz').and(phoneC.page.locator(':not([disabled])')).click();
  const banner = day.screenFace.page.getByTestId('buzz-winner');
  await banner.waitFor();
  expect(await banner.innerText()).toContain(TEAMS[2].name);
  await settledShot(day.screenFace, 'venue-screen-buzz');
  await host.getByTestId('buzz-order').getByText(TEAMS[2].name).waitFor();
  // The question (8 s) runs out by itself: a tick each of the last five seconds, a long one at zero.
  await host.getByTestId('host-reveal').and(host.locator(':not([disabled])')).waitFor({ timeout: 20000 });
  const cues = await day.cues();
  expect(cues).toContain('buzz');
  expect(cues.filter((c) => c === 'tick').length).toBeGreaterThanOrEqual(4);
  expect(cues).toContain('tickLast');
}

/** A short answer: the host and the big screen say 参考答案, not 正确答案. */
export async function hostShortAnswer(day: VenueDay): Promise<void> {
  await clicked(day, 'reveal');
  await clicked(day, 'next');
  const host = day.hostFace.page;
  expect(await host.getByTestId('host-answer').innerText()).toMatch(/^\S*\s*参考答案：/);
  await clicked(day, 'open');
  await host.getByTestId('host-countdown').waitFor();
  await clicked(day, 'close');
  await clicked(day, 'reveal');
  const revealed = day.screenFace.page.getByTestId('screen-revealed');
  await revealed.getByText('参考答案').waitFor();
  expect(await revealed.innerText()).not.toContain('正确答案');
  await settledShot(day.screenFace, 'venue-screen-reference-answer');
  await expect(host.getByTestId('host-open').isDisabled()).resolves.toBe(true);
}

/** 揭晓: the final ranking covers the screen entirely, with a fanfare. */
export async function finalRanking(day: VenueDay): Promise<void> {
  await api(day.app, day.token, 'POST', `/contests/${day.contestId}/freeze`, {});
  await day.screenFace.page.getByTestId('freeze-banner').waitFor();
  await api(day.app, day.token, 'POST', `/contests/${day.contestId}/unfreeze`);
  const ceremony = day.screenFace.page.getByTestId('reveal-ceremony');
  await ceremony.waitFor();
  await day.screenFace.page.waitForTimeout(3000);
  const background = await day.screenFace.page.evaluate<string>("getComputedStyle(document.querySelector('[data-testid=reveal-ceremony]')).backgroundImage");
  expect(background).not.toMatch(/rgba\(/);
  await expectCue(day, 'fanfare');
  await day.screenFace.shot('venue-final-ranking');
}

async function expectCue(day: VenueDay, cue: string): Promise<void> {
  for (let i = 0; i < 30 && !(await day.cues()).includes(cue); i++) await day.screenFace.page.waitForTimeout(200);
  expect(await day.cues()).toContain(cue);
}
