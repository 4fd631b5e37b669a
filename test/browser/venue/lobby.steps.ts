/** The venue before the first question: reachable addresses, the entry sheet, the lobby filling up, the start. */
import path from 'node:path';
import { ARTIFACTS, DESK, PHONE, PROJECTOR } from '../browser-kit';
import { settledShot, shotBoth, signIn } from '../contest-kit';
import { expectReachable, LAN, PICKED, readQr, TEAMS, TITLE, type VenueDay } from './venue-day';

/** The console lists the server's LAN addresses; the organizer picks one and it is remembered. */
export async function consoleAddresses(day: VenueDay): Promise<void> {
  day.consoleFace = await day.open('console', DESK);
  const org = day.consoleFace.page;
  await signIn(org, 'admin', 'admin-password');
  await org.waitForURL(/\/console/);
  await org.goto(`/console/contests/${day.contestId}`);
  const card = org.getByTestId('venue-card');
  await card.getByTestId('venue-join-url').waitFor();
  // Opened at 127.0.0.1, yet the join link is on the first LAN address.
  expect(await card.getByTestId('venue-join-url').innerText()).toBe(`http://${LAN[0]}:${day.port}/join?contest=${day.contestId}`);
  await card.getByTestId('venue-address').click();
  await org.locator('.ant-select-item-option', { hasText: PICKED }).click();
  await card.getByTestId('venue-join-url').getByText(`http://${PICKED}:${day.port}/join`).waitFor();
  await org.reload();
  await card.getByTestId('venue-join-url').getByText(`http://${PICKED}:${day.port}/join`).waitFor();
  expect(await card.innerText()).toContain(`放行 TCP 端口 ${day.port}`);
  await shotBoth(day.consoleFace, 'venue-console-address', 'Address phones use', card);
}

/** The entry sheet, printed from a page opened at 127.0.0.1: every QR code decodes to the reachable address and the team's code. */
export async function entrySheet(day: VenueDay): Promise<void> {
  const sheet = await day.consoleFace.context.newPage();
  await sheet.goto(`/console/contests/${day.contestId}/print`);
  expect(new URL(sheet.url()).hostname).toBe('127.0.0.1');
  const qrs = sheet.getByTestId('print-qr');
  await qrs.nth(TEAMS.length - 1).waitFor();
  for (const [i, team] of day.teams.entries()) {
    const card = sheet.getByTestId('print-card').nth(i);
    expect(await card.innerText()).toContain(team.name);
    const url = await readQr(sheet, card.getByTestId('print-qr'));
    expectReachable(url, day);
    expect(`${url.pathname}${url.search}`).toBe(`/join?code=${team.joinCode}`);
    if (i === 1) day.sheetUrl = url;
  }
  expect(await sheet.getByText('手机连接会场 Wi-Fi 后扫描二维码加入').count()).toBe(1);
  await sheet.screenshot({ path: path.join(ARTIFACTS, 'browser-venue-print-sheet.png'), fullPage: true });
  await sheet.close();
}

/** The lobby: a QR code of the reachable join link; phones join (by the lobby's QR and by the sheet's) and names appear. */
export async function lobbyFillsUp(day: VenueDay): Promise<void> {
  day.screenFace = await day.open('screen', PROJECTOR);
  const screen = day.screenFace.page;
  await screen.goto(`/screen/${day.contestId}`);
  await screen.getByTestId('screen-lobby').waitFor();
  expect(await screen.locator('.screen-title').innerText()).toBe(TITLE);
  const lobbyUrl = await readQr(screen, screen.getByTestId('lobby-qr'));
  expectReachable(lobbyUrl, day);
  expect(`${lobbyUrl.pathname}${lobbyUrl.search}`).toBe(`/join?contest=${day.contestId}`);
  expect(await screen.getByTestId('lobby-url').innerText()).toBe(`${PICKED}:${day.port}/join`);
  // Join codes stay hidden until the organizer shows them.
  expect(await screen.getByTestId('lobby-code').count()).toBe(0);
  expect(await screen.getByTestId('screen-lobby').innerText()).not.toContain(day.teams[0].joinCode);
  await settledShot(day.screenFace, 'venue-lobby-empty');

  // A phone scans the lobby's code (opened here on 127.0.0.1: the test never dials the LAN address).
  const phoneA = await day.open('phone-A', PHONE);
  day.phones.push(phoneA);
  await phoneA.page.goto(`${lobbyUrl.pathname}${lobbyUrl.search}`);
  await phoneA.page.getByTestId('join-contest').getByText(TITLE).waitFor();
  // A code of no team is refused; the right one shows the team to confirm.
  await phoneA.page.getByTestId('join-code').fill('ZZZZ99');
  await phoneA.page.getByTestId('join-next').click();
  await phoneA.page.getByTestId('join-error').waitFor();
  await phoneA.page.getByTestId('join-code').fill(day.teams[0].joinCode);
  await phoneA.page.getByTestId('join-next').click();
  await phoneA.page.getByTestId('join-team').getByText(TEAMS[0].name).waitFor();
  await shotBoth(phoneA, 'venue-phone-confirm-team', `Join ${TEAMS[0].name}`);
  await phoneA.page.getByTestId('join-name').fill('张三');
  await phoneA.page.getByTestId('join-submit').click();
  await phoneA.page.getByTestId('waiting').waitFor();
  const teamA = screen.getByTestId('lobby-team').filter({ hasText: TEAMS[0].name });
  await teamA.getByText('张三').waitFor();
  expect(await teamA.getByTestId('lobby-count').innerText()).toBe('1 / 5');

  // The entry sheet's code fills the team at once: confirm and join.
  const phoneB = await day.open('phone-B', PHONE);
  day.phones.push(phoneB);
  await phoneB.page.goto(`${day.sheetUrl.pathname}${day.sheetUrl.search}`);
  await phoneB.page.getByTestId('join-team').getByText(TEAMS[1].name).waitFor();
  await phoneB.page.getByTestId('join-name').fill('王五');
  await phoneB.page.getByTestId('join-submit').click();
  await phoneB.page.getByTestId('waiting').waitFor();

  const phoneC = await day.open('phone-C', PHONE);
  day.phones.push(phoneC);
  await phoneC.page.goto(`/join?code=${day.teams[2].joinCode}`);
  await phoneC.page.getByTestId('join-team').getByText(TEAMS[2].name).waitFor();
  await phoneC.page.getByTestId('join-name').fill('李四');
  await phoneC.page.getByTestId('join-submit').click();
  await phoneC.page.getByTestId('waiting').waitFor();

  await screen.getByTestId('lobby-team').filter({ hasText: TEAMS[1].name }).getByText('王五').waitFor();
  await screen.getByTestId('lobby-team').filter({ hasText: TEAMS[2].name }).getByText('李四').waitFor();
  expect(await screen.getByTestId('lobby-team').filter({ hasText: TEAMS[1].name }).getByTestId('lobby-count').innerText()).toBe('1 / 2');
  await screen.getByText('已加入 3 人').waitFor();

  // The organizer shows the join codes on the big screen.
  await day.consoleFace.page.getByTestId('venue-show-codes').click();
  await screen.getByTestId('lobby-code').first().waitFor();
  expect(await screen.getByTestId('lobby-code').allInnerTexts()).toEqual(day.teams.map((team) => `加入码 ${team.joinCode}`));
  await shotBoth(day.screenFace, 'venue-lobby', '3 joined');
}

/** The organizer starts the contest in the console; the big screen leaves the lobby for the board (group means). */
export async function startFromConsole(day: VenueDay): Promise<void> {
  const org = day.consoleFace.page;
  await org.getByTestId('contest-running').click();
  await org.locator('.ant-popconfirm .ant-btn-primary').click();
  const screen = day.screenFace.page;
  await screen.getByTestId('leaderboard-chart').waitFor();
  expect(await screen.getByTestId('screen-lobby').count()).toBe(0);
  // A group of two teams does not start at twice a group of one: both groups show the base score.
  const groups = screen.getByTestId('group-totals');
  await groups.getByText('分组平均分').waitFor();
  expect((await groups.innerText()).replace(/\s+/g, ' ')).toMatch(/东区 2 队 100 .*西区 1 队 100|西区 1 队 100 .*东区 2 队 100/);
  await settledShot(day.screenFace, 'venue-board-started');
}
