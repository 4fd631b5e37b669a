/** First-timer: the judge page — a fair suggestion for a near-perfect prose answer, counts that say what was scored, publishing explained. */
import { DESK, PHONE } from '../browser-kit';
import { settledShot, shotBoth, signIn, switchLanguage } from '../contest-kit';
import { FirstDay, GOOD_ANSWER, POOR_ANSWER, TEAMS } from './first-day';

/** Shows the answer whose text contains `text` (the queue order is the server's). */
async function showAnswer(day: FirstDay, text: string): Promise<void> {
  const judge = day.judgeFace.page;
  for (let i = 0; i < 4; i++) {
    if ((await judge.getByTestId('judge-answer').innerText()).includes(text)) return;
    await judge.getByRole('button', { name: /下一份/ }).click();
  }
  throw new Error(`answer not in the queue: ${text}`);
}

async function score(day: FirstDay, points: number): Promise<void> {
  const judge = day.judgeFace.page;
  await judge.getByTestId('score-input').fill(String(points));
  await judge.getByTestId('score-input').blur();
  await judge.getByTestId('submit-score').click();
  await judge.locator('.ant-message').getByText('评分已提交').last().waitFor();
}

export async function judgeCounts(day: FirstDay): Promise<void> {
  await day.question(1, day.short.id, 'open');
  await day.answer(TEAMS[0], day.short.id, GOOD_ANSWER);
  await day.answer(TEAMS[1], day.short.id, POOR_ANSWER);
  await day.question(1, day.short.id, 'close');
  // The other judge of the panel has scored both already.
  const panel = await day.call<{ accessToken: string }>('POST', '/auth/login', { username: 'panel2', password: 'panel-pass' });
  const queue = await day.call<{ submissionId: string; answer: string }[]>('GET', `/contests/${day.contestId}/reviews`, undefined, panel.accessToken);
  for (const item of queue) await day.call('POST', `/reviews/${item.submissionId}`, { score: item.answer === GOOD_ANSWER ? 18 : 2 }, panel.accessToken);

  day.judgeFace = await day.open('judge', DESK);
  const judge = day.judgeFace.page;
  await signIn(judge, 'chief2', 'chief-pass');
  await judge.waitForURL(/\/judge$/);
  await judge.getByText('新手演练赛').click();
  await judge.getByTestId('review-card').waitFor();
  expect(await judge.getByTestId('queue-position').innerText()).toBe('待评 2 份 · 正在看第 1 份 · 本次已评 0 份');
  // Seven key points, six of them in the answer's own words: the suggestion is most of the points, not 0.
  await showAnswer(day, GOOD_ANSWER);
  const suggested = Number(/(\d+(?:\.\d+)?)/.exec(await judge.getByTestId('suggested-score').innerText())?.[1]);
  expect(suggested).toBeGreaterThanOrEqual(day.short.points * 0.7);
  expect(await judge.getByTestId('review-card').innerText()).toContain('资料归档等');
  await shotBoth(day.judgeFace, 'first-timer-judge-suggestion', /Suggested score/);
  expect(await judge.getByTestId('publish-held').count()).toBe(0);

  // Agrees with the panel: the score counts at once and the answer leaves the queue; the header says it was scored.
  await score(day, 18);
  await judge.getByTestId('queue-position').getByText('待评 1 份 · 正在看第 1 份 · 本次已评 1 份').waitFor();
  // Far from the panel's 2: held; publishing is offered, and says what it does.
  await showAnswer(day, POOR_ANSWER);
  await score(day, 12);
  const held = judge.getByTestId('publish-held');
  await held.getByText('评分人数够且没有分歧的答卷，成绩立即计入并发给参赛队，无需发布', { exact: false }).waitFor();
  await held.getByTestId('publish-round').getByText('发布分歧答卷 · 简答（1 份）').waitFor();
  expect(await judge.getByTestId('queue-position').innerText()).toBe('待评 0 份 · 正在看第 1 份 · 本次已评 2 份');
  await shotBoth(day.judgeFace, 'first-timer-judge-publish', /Publish held answers/);
  await held.getByTestId('publish-round').click();
  await judge.locator('.ant-message').getByText('已发布 1 份，0 份待评').waitFor();
  await judge.getByTestId('judge-empty').getByText('暂无待评分的答卷 · 本次已评 2 份，成绩已计入').waitFor();
  await settledShot(day.judgeFace, 'first-timer-judge-done');
}

/** A wrong join code reads Chinese in Chinese (English after the switch), never both. */
export async function joinErrorInChinese(day: FirstDay): Promise<void> {
  const phone = await day.open('phone', PHONE);
  await phone.page.goto('/join');
  await phone.page.getByTestId('join-code').fill('ZZZZ99');
  await phone.page.getByTestId('join-next').click();
  const error = phone.page.getByTestId('join-error');
  await error.getByText('加入码无效').waitFor();
  expect(await error.innerText()).not.toMatch(/Unknown|\//);
  await settledShot(phone, 'first-timer-join-error');
  await switchLanguage(phone.page, 'EN');
  await error.getByText('Unknown join code').waitFor();
  expect(await error.innerText()).not.toContain('加入码');
  await settledShot(phone, 'first-timer-join-error-en');
  await switchLanguage(phone.page, '中文');
}
