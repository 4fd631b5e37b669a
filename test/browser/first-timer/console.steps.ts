/** First-timer: the console in Chinese — dates, no file paths, the judge password rule, key points one per line, ties only once started. */
import { DESK } from '../browser-kit';
import { settledShot, shotBoth, signIn, staffToken, switchLanguage } from '../contest-kit';
import { FirstDay, KEY_POINTS, PAPER, type Question, TEAMS } from './first-day';

export async function consoleBasics(day: FirstDay): Promise<void> {
  day.consoleFace = await day.open('console', DESK);
  day.org = day.consoleFace.page;
  await signIn(day.org, 'admin', 'admin-password');
  await day.org.waitForURL(/\/console$/);
  day.token = await staffToken(day.org);

  // Dates in the UI language, not the browser's: 2026/12/1 15:04:05, and in English 1 Dec 2026, 15:04:05.
  const created = day.org.getByTestId('contest-created').first();
  await created.waitFor();
  expect(await created.innerText()).toMatch(/^\d{4}\/\d{1,2}\/\d{1,2} \d{2}:\d{2}:\d{2}$/);
  await settledShot(day.consoleFace, 'first-timer-contests-dates');
  await switchLanguage(day.org, 'EN');
  await day.org.getByText('Contests').first().waitFor();
  expect(await created.innerText()).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}:\d{2}$/);
  await settledShot(day.consoleFace, 'first-timer-contests-dates-en');
  await switchLanguage(day.org, '中文');

  // The demo bank came from a file: its name shows, never the path it was read from.
  await day.org.goto('/console/banks');
  const source = day.org.getByTestId('bank-source').first();
  await source.getByText('导入自 sample-paper.json').waitFor();
  expect(await source.innerText()).not.toContain('question-bank/');
  await settledShot(day.consoleFace, 'first-timer-bank-source');
}

/** A prose reference becomes several key points, edited one per line in the question form. */
export async function keyPointsEditable(day: FirstDay): Promise<void> {
  const bank = await day.call<{ bankId: string }>('POST', '/banks/import', { format: 'text', content: PAPER, name: '新手演练' });
  day.bankId = bank.bankId;
  const questions = await day.call<Question[]>('GET', `/banks/${bank.bankId}/questions`);
  day.blank = questions.find((q) => q.type === 'blank') as Question;
  day.short = questions.find((q) => q.type === 'short') as Question;
  expect(day.short.keyPoints).toEqual(KEY_POINTS);

  await day.org.reload();
  await day.org.getByRole('heading', { name: '新手演练' }).click();
  await day.org.getByTestId(`edit-question-${day.short.id}`).click();
  const points = day.org.getByTestId('key-points');
  expect((await points.inputValue()).split('\n')).toEqual(KEY_POINTS);
  await day.org.getByText('每行一个要点；导入时按 、；。 和编号自动拆分，可修改').waitFor();
  await points.fill([...KEY_POINTS.slice(0, 6), '资料归档'].join('\n'));
  await shotBoth(day.consoleFace, 'first-timer-key-points', 'One key point per line', points);
  await day.org.getByTestId('save-question').click();
  await day.org.locator('.ant-message').getByText('题目已保存').waitFor();
  const saved = await day.call<Question[]>('GET', `/banks/${bank.bankId}/questions`);
  expect(saved.find((q) => q.id === day.short.id)?.keyPoints).toEqual([...KEY_POINTS.slice(0, 6), '资料归档']);
}

/** A judge account: a 3-character password is refused with the rule, not "必填". Ties show only once the contest has started. */
export async function judgesAndTies(day: FirstDay): Promise<void> {
  const contest = await day.call<{ id: string }>('POST', '/contests', { title: '新手演练赛' });
  day.contestId = contest.id;
  const teams: { name: string; joinCode: string }[] = [];
  for (const name of TEAMS) teams.push({ name, ...(await day.call<{ joinCode: string }>('POST', `/contests/${day.contestId}/teams`, { name })) });
  for (const [title, questionIds, settings] of [
    ['填空', [day.blank.id], {}],
    ['简答', [day.short.id], { judgesPerAnswer: 2, maxSpread: 4 }],
  ] as const) {
    day.rounds.push((await day.call<{ id: string }>('POST', `/contests/${day.contestId}/rounds`, { title, kind: 'required', questionIds, secondsPerQuestion: 120, settings })).id);
  }
  for (const team of teams) await day.join(team.name, team.joinCode);

  await day.org.goto(`/console/contests/${day.contestId}`);
  const judges = day.org.getByTestId('judges-panel');
  await judges.getByPlaceholder('用户名').fill('chief2');
  await judges.getByTestId('judge-password').fill('abc');
  await judges.getByRole('button', { name: /创建评委账号/ }).click();
  await judges.getByText('密码至少 6 个字符').waitFor();
  expect(await judges.innerText()).not.toContain('必填');
  await settledShot(day.consoleFace, 'first-timer-judge-password', judges);
  await switchLanguage(day.org, 'EN');
  await judges.getByRole('button', { name: /Create a judge account/ }).click();
  await judges.getByText('Password: at least 6 characters').waitFor();
  await settledShot(day.consoleFace, 'first-timer-judge-password-en', judges);
  await switchLanguage(day.org, '中文');
  await judges.getByTestId('judge-password').fill('chief-pass');
  await judges.getByRole('button', { name: /创建评委账号/ }).click();
  await day.org.getByText('已创建评委 chief2').waitFor();
  await judges.getByText('主裁判').click();
  await judges.getByRole('button', { name: /指派评委/ }).click();
  await day.org.getByText('已指派评委 chief2').waitFor();
  const second = await day.call<{ id: string }>('POST', '/users', { username: 'panel2', password: 'panel-pass', role: 'judge' });
  await day.call('POST', `/contests/${day.contestId}/judges`, { userId: second.id, chief: false });

  // Before the first question every team has the base score: no tie-break banner.
  const ties = day.org.getByTestId('tie-breaks');
  await ties.getByText('比赛开始后，如前三名出现同分，会在这里提示加赛').waitFor();
  expect(await ties.locator('.ant-alert').count()).toBe(0);
  await settledShot(day.consoleFace, 'first-timer-ties-before', ties);

  // 一队 right, 二队 and 三队 wrong (same score, same wrong count, no correct answer): tied for second place.
  await day.question(0, day.blank.id, 'open');
  await day.answer(TEAMS[0], day.blank.id, ['95598']);
  await day.answer(TEAMS[1], day.blank.id, ['12345']);
  await day.answer(TEAMS[2], day.blank.id, ['12345']);
  await day.question(0, day.blank.id, 'close');
  await ties.locator('.ant-alert').getByText('以下队伍同分，可添加一轮加赛并选择这些队伍').waitFor();
  await ties.getByText('第 2 名').waitFor();
  await ties.getByText(TEAMS[1]).waitFor();
  await ties.getByText(TEAMS[2]).waitFor();
  expect(await ties.innerText()).not.toContain(TEAMS[0]);
  await settledShot(day.consoleFace, 'first-timer-ties-after', ties);
}

