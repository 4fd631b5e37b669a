/** Appeals: the organizer builds a contest through the API, turns 申诉处理中 on for the big screen in the console; phones join. */
import { DESK, PHONE, PROJECTOR } from '../browser-kit';
import { enterCode, enterName, settledShot, signIn, staffToken } from '../contest-kit';
import { AppealsDay, CHIEF, PAPER, type Question, TEAM_A, TEAM_B } from './appeals-day';

export async function buildContest(day: AppealsDay): Promise<void> {
  day.consoleFace = await day.open('console', DESK);
  day.org = day.consoleFace.page;
  await signIn(day.org, 'admin', 'admin-password');
  await day.org.waitForURL(/\/console$/);
  day.token = await staffToken(day.org);

  const bank = await day.call<{ bankId: string }>('POST', '/banks/import', { format: 'text', content: PAPER, name: '申诉演练' });
  const questions = await day.call<Question[]>('GET', `/banks/${bank.bankId}/questions`);
  [day.hotline, day.days] = questions.filter((q) => q.type === 'blank');
  day.short = questions.find((q) => q.type === 'short') as Question;
  const contest = await day.call<{ id: string }>('POST', '/contests', { title: '申诉演练赛' });
  day.contestId = contest.id;
  for (const name of [TEAM_A, TEAM_B]) day.teams[name] = await day.call<{ id: string; joinCode: string }>('POST', `/contests/${day.contestId}/teams`, { name });
  const round = await day.call<{ id: string }>('POST', `/contests/${day.contestId}/rounds`, {
    title: '必答题',
    kind: 'required',
    questionIds: [day.hotline.id, day.days.id],
    secondsPerQuestion: 120,
  });
  day.roundId = round.id;
  const judge = await day.call<{ id: string }>('POST', '/users', { ...CHIEF, role: 'judge' });
  await day.call('POST', `/contests/${day.contestId}/judges`, { userId: judge.id, chief: true });

  // The contest settings card: 申诉 — the window (empty: until the next question opens) and the big-screen badge.
  await day.org.goto(`/console/contests/${day.contestId}`);
  const settings = day.org.getByTestId('appeal-settings');
  await settings.waitFor();
  expect(await settings.getByTestId('appeal-window').getAttribute('placeholder')).toBe('到下一题开题为止');
  await settings.getByTestId('appeal-show-on-screen').click();
  await settings.getByTestId('appeal-settings-save').click();
  await day.org.locator('.ant-message').getByText('设置已保存').waitFor();
  const details = await day.call<{ settings: { appeals?: { windowMinutes: number | null; showOnScreen: boolean } } }>('GET', `/contests/${day.contestId}`);
  expect(details.settings.appeals).toEqual({ windowMinutes: null, showOnScreen: true });
  await settledShot(day.consoleFace, 'appeals-console-settings', day.org.getByTestId('contest-settings'));
  // Before anything was answered: no appeals, and no tie-break banner although every team has the base score.
  await day.org.getByTestId('appeals-panel').getByText('暂无申诉').waitFor();
  await day.org.getByTestId('tie-breaks').getByText('比赛开始后，如前三名出现同分，会在这里提示加赛').waitFor();

  day.screenFace = await day.open('screen', PROJECTOR);
  await day.screenFace.page.goto(`/screen/${day.contestId}`);
  // Before the start the big screen is the lobby; the board shows once the first question opens.
  await day.screenFace.page.getByTestId('screen-lobby').waitFor();

  day.phoneA = await day.open('phone-A', PHONE);
  await enterCode(day.phoneA.page, day.teams[TEAM_A].joinCode, TEAM_A);
  await enterName(day.phoneA.page, '张三');
  day.phoneB = await day.open('phone-B', PHONE);
  await enterCode(day.phoneB.page, day.teams[TEAM_B].joinCode, TEAM_B);
  await enterName(day.phoneB.page, '李四');
  for (const phone of [day.phoneA, day.phoneB]) {
    await phone.page.getByTestId('waiting').waitFor();
    await phone.page.getByTestId('member-pin').getByRole('button').click();
  }
}
