/** Contest day: The judge scores blind, the reveal, a written paper, and the end of the contest. */
import { DESK } from '../browser-kit';
import { api, settledShot, shotBoth, signIn } from '../contest-kit';
import { type ContestDay, PENALTY, TEAM_A, TEAM_B } from './day';

/** A short answer waits for the judge, who scores it blind; the reveal plays the final ranking. */
export async function judgeAndReveal(day: ContestDay): Promise<void> {
  await day.questionControl(2, day.shortQ.id, 'open');
  const shortText = `我认为：${(day.shortQ.keyPoints ?? []).join('，')}。`;
  await day.phoneA.page.getByPlaceholder('请输入答案要点').fill(shortText);
  await day.phoneA.page.getByTestId('submit').click();
  await day.phoneA.page.getByTestId('result').getByText('已提交', { exact: true }).waitFor();
  await day.questionControl(2, day.shortQ.id, 'close');
  await day.phoneA.page.getByText('已提交，待评委评分').waitFor();
  await day.phoneA.shot('contestant-short-review');

  await day.org.getByTestId('freeze').click();
  await day.org.getByTestId('unfreeze').waitFor();
  await day.screenFace.page.getByTestId('freeze-banner').waitFor();

  const judgeFace = await day.open('judge', DESK);
  const judge = judgeFace.page;
  await signIn(judge, 'judge1', 'judge-pass');
  await judge.waitForURL(/\/judge$/);
  await judge.getByText('2025 服务知识竞赛').click();
  const card = judge.getByTestId('review-card');
  await card.waitFor();
  expect(await card.innerText()).toContain(day.shortQ.stem.slice(0, 10));
  expect(await judge.getByTestId('judge-answer').locator('mark').count()).toBeGreaterThan(0);
  const judgeText = await judge.locator('body').innerText();
  for (const secret of [TEAM_A, TEAM_B, '张三', '李四']) expect(judgeText).not.toContain(secret);
  await judge.locator('.ant-input-number input').fill(String(day.shortQ.points));
  await judge.locator('.ant-input-number input').blur();
  await judgeFace.shot('judge-review');
  await judge.getByTestId('submit-score').click();
  await judge.getByText('评分已提交').waitFor();
  await judge.getByTestId('judge-empty').waitFor();

  // An admin disables the judge's account: the judge's next request ends the session, and the sign-in page says so.
  const users = await api<{ id: string; username: string }[]>(day.app, day.token, 'GET', '/users');
  await api(day.app, day.token, 'DELETE', `/users/${users.find((u) => u.username === 'judge1')?.id}`);
  await judge.getByTestId('session-ended').waitFor();
  expect(judge.url()).toContain('/login');
  await shotBoth(judgeFace, 'judge-session-ended', 'Your session has ended');

  await day.org.getByTestId('unfreeze').click();
  await day.org.getByTestId('freeze').waitFor();
  const ceremony = day.screenFace.page.getByTestId('reveal-ceremony');
  await ceremony.waitFor();
  await day.screenFace.page.waitForTimeout(2500);
  const rows = ceremony.getByTestId('ceremony-row');
  expect(await rows.count()).toBe(2);
  const expectedA = day.q1.points - PENALTY + day.shortQ.points;
  expect(await rows.filter({ hasText: TEAM_A }).innerText()).toContain(String(expectedA));
  expect(await rows.filter({ hasText: TEAM_B }).innerText()).toContain(String(day.q2.points));
  await day.screenFace.shot('screen-final-ranking');
  await day.phoneA.page.getByTestId('team-score').getByText(String(expectedA)).waitFor();
  await day.screenFace.page.getByTestId('reveal-ceremony').click();
}

/** A written round as individual papers: window opened from the console, one phone answers, reloads, hands in. */
export async function paperRound(day: ContestDay): Promise<void> {
  await api(day.app, day.token, 'POST', `/contests/${day.contestId}/rounds`, {
    title: '第五轮 笔答',
    kind: 'written',
    questionIds: [day.q1.id, day.q2.id],
    secondsPerQuestion: 60,
    settings: { paper: { draw: [{ type: 'single', count: 2 }], minutes: 10 } },
  });
  await day.org.reload();
  await day.org.getByText('第五轮 笔答').first().click();
  await day.org.getByTestId('paper-open').click();
  await day.org.locator('.ant-popover:not(.ant-popover-hidden) .ant-btn-primary').click();
  await day.org.getByText('答卷中').first().waitFor();
  const paperPhone = day.phoneB.page;
  await paperPhone.getByTestId('paper-start').click();
  await paperPhone.getByTestId('paper-sheet').waitFor();
  await paperPhone.getByTestId('paper-q-2').waitFor();
  expect(await paperPhone.getByTestId('paper-countdown').innerText()).toMatch(/\d+:\d{2}/);
  await day.phoneB.shot('contestant-paper');
  await paperPhone.getByTestId('paper-q-1').getByTestId('option-A').click();
  await paperPhone.getByTestId('paper-send-1').click();
  await paperPhone.getByTestId('paper-done-1').waitFor();
  expect(await paperPhone.getByTestId('paper-q-1').getByTestId('option-B').isDisabled()).toBe(true);
  await paperPhone.reload();
  await paperPhone.getByTestId('paper-done-1').waitFor();
  expect(await paperPhone.getByTestId('paper-countdown').innerText()).toContain('已答 1 / 2 题');
  await day.phoneB.shot('contestant-paper-restored');
  await paperPhone.getByTestId('paper-hand-in').click();
  await paperPhone.locator('.ant-popover:not(.ant-popover-hidden) .ant-btn-primary').click();
  await paperPhone.getByTestId('paper-submitted').waitFor();
  await paperPhone.getByTestId('paper-exit').click();
  await day.org.getByTestId('paper-close').click();
  await day.org.locator('.ant-popover:not(.ant-popover-hidden) .ant-btn-primary').click();
  await day.org.getByText('已收卷').first().waitFor();
}

/** 结束: the console finishes the contest; phones show the final place and score, the big screen says so. */
export async function finish(day: ContestDay): Promise<void> {
  // A team with answers cannot be deleted: the console shows the server's reason.
  await day.org.getByTestId('teams-panel').locator('tr', { hasText: TEAM_A }).getByRole('button', { name: '删除' }).click();
  await day.org.locator('.ant-popover:not(.ant-popover-hidden)').filter({ hasText: `删除参赛队 ${TEAM_A}` }).locator('.ant-btn-primary').click();
  await day.org.locator('.ant-message').getByText('已有答题记录，不能删除；可将竞赛归档').waitFor();
  await day.org.getByTestId('contest-finished').click();
  await day.org.locator('.ant-popover:not(.ant-popover-hidden)').filter({ hasText: '结束后不能再开题' }).locator('.ant-btn-primary').click();
  await day.org.getByTestId('contest-status').getByText('已结束').waitFor();
  await day.org.getByTestId('contest-running').waitFor();
  await settledShot(day.consoleFace, 'console-finished');
  // The phones read the public board.
  const board = (await (await fetch(`${day.app.baseUrl}/api/contests/${day.contestId}/leaderboard`)).json()) as { rows: { teamName: string; rank: number; score: number }[] };
  for (const [phone, teamName] of [
    [day.phoneA, TEAM_A],
    [day.phoneB, TEAM_B],
  ] as const) {
    const row = board.rows.find((r) => r.teamName === teamName);
    const end = phone.page.getByTestId('end-screen');
    await end.waitFor();
    const text = await end.innerText();
    expect(text).toContain('比赛已结束');
    expect(text).toMatch(new RegExp(`最终名次\\s+${row?.rank}\\s*/ 2`));
    expect(text).toMatch(new RegExp(`最终得分\\s+${row?.score}`));
  }
  await shotBoth(day.phoneA, 'contestant-end-screen', 'The contest has finished');
  await day.screenFace.page.getByTestId('screen-stage').getByText('已结束').waitFor();
  await day.screenFace.page.getByTestId('screen-finished').getByText('比赛已结束').waitFor();
  await settledShot(day.screenFace, 'screen-finished');
}
