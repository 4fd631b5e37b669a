/** Appeals: a phone appeals a wrong answer after the close; the chief judge decides blind; the phone and the board follow. */
import { DESK } from '../browser-kit';
import { settledShot, shotBoth, signIn } from '../contest-kit';
import { AppealsDay, CHIEF, TEAM_A, TEAM_B } from './appeals-day';

const REASON_A = '号码 95598 正确，只是多写了“热线”二字';
const REASON_B = '我们记得热线号码是 12345';

/** Both teams miss the hotline blank; after the close each appeals from its phone (a second filing is refused). */
export async function fileAppeals(day: AppealsDay): Promise<void> {
  await day.question(day.hotline.id, 'open');
  for (const [phone, text] of [
    [day.phoneA, '95598热线'],
    [day.phoneB, '12345'],
  ] as const) {
    await phone.page.getByTestId('blank-0').fill(text);
    await phone.page.getByTestId('submit').click();
    await phone.page.getByTestId('result').getByText('已提交', { exact: true }).waitFor();
  }
  // Still open: no appeal yet.
  expect(await day.phoneA.page.getByTestId('appeal-open').count()).toBe(0);
  await day.question(day.hotline.id, 'close');
  await day.phoneA.page.getByTestId('result').getByText('回答错误').waitFor();
  await day.phoneA.page.getByTestId('result').getByText('本题得分 0').waitFor();
  await day.org.getByTestId('contest-status').getByText('进行中').waitFor();
  // Started, every team still at the base score: no tie-break banner yet.
  expect(await day.org.getByTestId('tie-breaks').locator('.ant-alert').count()).toBe(0);

  const phoneA = day.phoneA.page;
  await phoneA.getByTestId('appeal-open').click();
  await phoneA.getByTestId('appeal-reason').fill(REASON_A);
  await settledShot(day.phoneA, 'appeals-phone-reason', phoneA.getByTestId('appeal-box'));
  await phoneA.getByTestId('appeal-submit').click();
  const stateA = phoneA.getByTestId('appeal-state');
  await stateA.getByText('申诉处理中').waitFor();
  expect(await stateA.innerText()).toContain(REASON_A);
  await shotBoth(day.phoneA, 'appeals-phone-pending', 'Appeal under review', stateA);

  // Phone B opens the form; the same answer is appealed meanwhile and the phone has not heard of it yet (its list of
  // appeals is held stale here): sending is refused, and the phone says why in the server's words.
  const phoneB = day.phoneB.page;
  await phoneB.getByTestId('appeal-open').click();
  await phoneB.getByTestId('appeal-reason').fill(REASON_B);
  const stale = /\/api\/contests\/[0-9a-f-]+\/appeals\/mine$/;
  await phoneB.route(stale, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[]' }));
  const sessionB = JSON.parse((await phoneB.evaluate(`localStorage.getItem('jingsai.contestant.${day.contestId}')`)) as string) as { accessToken: string };
  const mine = (await (await fetch(`${day.app.baseUrl}/api/contests/${day.contestId}/appeals/mine`, { headers: { authorization: `Bearer ${sessionB.accessToken}` } })).json()) as unknown[];
  expect(mine).toEqual([]);
  const submissionB = (await phoneB.evaluate(`Object.keys(localStorage).filter((k) => k.startsWith('jingsai.answer.')).map((k) => JSON.parse(localStorage.getItem(k)).submissionId)[0]`)) as string;
  const first = await fetch(`${day.app.baseUrl}/api/submissions/${submissionB}/appeals`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sessionB.accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ reason: REASON_B }),
  });
  expect(first.status).toBe(201);
  await phoneB.waitForTimeout(1000);
  await phoneB.unroute(stale);
  await phoneB.getByTestId('appeal-submit').click();
  await phoneB.getByTestId('appeal-error').getByText('该答卷已申诉过').waitFor();
  await phoneB.getByTestId('appeal-state').getByText('申诉处理中').waitFor();
  await shotBoth(day.phoneB, 'appeals-phone-refused', 'This answer has already been appealed', phoneB.getByTestId('appeal-error'));

  // The big screen: 申诉处理中 beside both teams; the console lists the open appeals with their teams.
  const badge = day.screenFace.page.getByTestId('screen-appeals-open');
  await badge.getByText(TEAM_A).waitFor();
  await badge.getByText(TEAM_B).waitFor();
  expect(await badge.innerText()).toContain('申诉处理中');
  await settledShot(day.screenFace, 'appeals-screen-open');
  const panel = day.org.getByTestId('appeals-panel');
  await panel.getByTestId('appeals-open-count').getByText('待处理 2 件').waitFor();
  await panel.getByTestId('appeal-team').getByText(TEAM_A).waitFor();
  await settledShot(day.consoleFace, 'appeals-console-open', panel);
}

/** The chief judge sees the appeal without the team: the answer, the key, the failed blank, the reason; accepts with full points. */
export async function chiefAccepts(day: AppealsDay): Promise<void> {
  day.judgeFace = await day.open('judge', DESK);
  const judge = day.judgeFace.page;
  await signIn(judge, CHIEF.username, CHIEF.password);
  await judge.waitForURL(/\/judge$/);
  await judge.getByText('申诉演练赛').click();
  await judge.getByTestId('appeals-tab').click();
  const card = judge.getByTestId('appeal-card').filter({ hasText: REASON_A });
  await card.waitFor();
  expect(await card.getByTestId('appeal-answer').innerText()).toBe('95598热线');
  expect(await card.getByTestId('appeal-key').innerText()).toBe('95598');
  expect(await card.getByTestId('appeal-grader').innerText()).toContain('第 1 空：填写“95598热线”，应为“95598”');
  const text = await judge.locator('body').innerText();
  for (const secret of [TEAM_A, TEAM_B, '张三', '李四']) expect(text).not.toContain(secret);
  // The new score starts at the question's points.
  expect(await card.getByTestId('appeal-score').inputValue()).toBe(String(day.hotline.points));
  await card.getByTestId('appeal-reply').fill('号码正确，予以认可');
  await shotBoth(day.judgeFace, 'appeals-judge-queue', 'Why it was marked so', card);
  await card.getByTestId('appeal-accept').click();
  await judge.locator('.ant-message').getByText('申诉已处理，参赛队已收到结果').waitFor();
  await judge.getByTestId('appeals-open-count').getByText('待处理 1 件').waitFor();
}

/** The phone shows 已接受 +N and the new points, the board moves; the organizer rejects the other appeal in the console. */
export async function decisionsReachPhones(day: AppealsDay): Promise<void> {
  const phoneA = day.phoneA.page;
  const points = day.hotline.points;
  await phoneA.getByTestId('appeal-state').getByText(`申诉已接受 +${points}`).waitFor();
  expect(await phoneA.getByTestId('appeal-state').innerText()).toContain('答复：号码正确，予以认可');
  await phoneA.getByTestId('result').getByText(`本题得分 +${points}`).waitFor();
  await phoneA.getByTestId('team-score').getByText(String(points)).waitFor();
  expect(await day.boardRow(TEAM_A)).toEqual(expect.objectContaining({ rank: 1, score: points }));
  expect(await day.boardRow(TEAM_B)).toEqual(expect.objectContaining({ rank: 2, score: 0 }));
  await shotBoth(day.phoneA, 'appeals-phone-accepted', `Appeal accepted +${points}`, phoneA.getByTestId('appeal-state'));

  const panel = day.org.getByTestId('appeals-panel');
  const cardB = panel.getByTestId('appeal-card').filter({ hasText: REASON_B });
  await cardB.getByTestId('appeal-team').getByText(TEAM_B).waitFor();
  await cardB.getByTestId('appeal-reply').fill('热线号码为 95598，维持原判');
  await cardB.getByTestId('appeal-reject').click();
  await panel.getByTestId('appeals-open-count').getByText('待处理 0 件').waitFor();
  const stateB = day.phoneB.page.getByTestId('appeal-state');
  await stateB.getByText('申诉已驳回').waitFor();
  expect(await stateB.innerText()).toContain('热线号码为 95598，维持原判');
  await shotBoth(day.phoneB, 'appeals-phone-rejected', 'Appeal rejected', stateB);

  // Nothing open: the badge leaves the big screen; the decided appeals stay listed on request.
  await day.screenFace.page.getByTestId('screen-appeals-open').waitFor({ state: 'detached' });
  await settledShot(day.screenFace, 'appeals-screen-after');
  await panel.locator('.ant-switch').click();
  await panel.getByTestId('appeal-card').filter({ hasText: REASON_A }).getByText(`已接受 0 → ${points}`).waitFor();
  await settledShot(day.consoleFace, 'appeals-console-decided', panel);
}
