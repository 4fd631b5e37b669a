/** Contest day: Phones join with a join code alone; a second phone for the same name waits for the organizer. */
import { PHONE, PROJECTOR } from '../browser-kit';
import { enterCode, enterName, settledShot, shotBoth } from '../contest-kit';
import { type ContestDay, TEAM_A, TEAM_B } from './day';

/** Phones join with a join code alone (the team confirmed) and see their PIN; the big screen's lobby waits. */
export async function joinByCode(day: ContestDay): Promise<void> {
  day.screenFace = await day.open('screen', PROJECTOR);
  await day.screenFace.page.goto(`/screen/${day.contestId}`);
  // Before the start the big screen is the lobby (test/browser/venue walks it).
  await day.screenFace.page.getByTestId('screen-lobby').waitFor();

  day.oldPhoneA = await day.open('contestant-A', PHONE);
  await enterCode(day.oldPhoneA.page, day.teamA.joinCode, TEAM_A);
  await shotBoth(day.oldPhoneA, 'contestant-join-confirm', `Join ${TEAM_A}`);
  await enterName(day.oldPhoneA.page, '张三');
  await day.oldPhoneA.page.getByTestId('waiting').waitFor();
  expect(await day.oldPhoneA.page.getByTestId('member-pin').innerText()).toContain(day.pinA);
  await shotBoth(day.oldPhoneA, 'contestant-joined-pin', 'Your PIN:');

  day.phoneB = await day.open('contestant-B', PHONE);
  await enterCode(day.phoneB.page, day.teamB.joinCode, TEAM_B);
  await enterName(day.phoneB.page, '李四');
  await day.phoneB.page.getByTestId('waiting').waitFor();
  await day.org.getByTestId('members-panel').locator('tr', { hasText: '张三' }).getByText('已加入').waitFor();
}

/** A second phone for the same name: PIN or approval; the organizer approves; the new phone continues, the old one is signed out. */
export async function newPhoneApproved(day: ContestDay): Promise<void> {
  day.phoneA = await day.open('contestant-A-new-phone', PHONE);
  await enterCode(day.phoneA.page, day.teamA.joinCode, TEAM_A);
  await enterName(day.phoneA.page, '张三');
  await day.phoneA.page.getByTestId('rejoin').waitFor();
  await day.phoneA.page.getByTestId('rejoin-waiting').waitFor();
  const wrongPin = day.pinA === '000000' ? '111111' : '000000';
  await day.phoneA.page.getByTestId('rejoin-pin').fill(wrongPin);
  await day.phoneA.page.getByTestId('rejoin-pin-submit').click();
  await day.phoneA.page.getByTestId('pin-error').getByText('PIN 不正确').waitFor();
  await shotBoth(day.phoneA, 'contestant-rejoin', 'has already joined');

  const requests = day.org.getByTestId('join-requests');
  await requests.getByText('张三').waitFor();
  await settledShot(day.consoleFace, 'console-join-request', day.org.getByTestId('members-panel'));
  await requests.getByRole('button', { name: /批\s?准/ }).click();
  await day.org.getByText('已批准 张三 在新手机上继续').waitFor();

  await day.phoneA.page.getByTestId('waiting').waitFor();
  expect(await day.phoneA.page.getByTestId('team-score').isVisible()).toBe(true);
  await day.oldPhoneA.page.getByTestId('session-ended').waitFor();
  await shotBoth(day.oldPhoneA, 'contestant-old-phone-signed-out', 'This phone is signed out');
}
