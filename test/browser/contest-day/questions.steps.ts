/** Contest day: Results held back until the close; a question that closes by itself, and its reopening. */
import { settledShot, shotBoth } from '../contest-kit';
import { type ContestDay } from './day';

/** A required question: "已提交" while it is open, right/wrong and the points after the close. */
export async function requiredHeldBack(day: ContestDay): Promise<void> {
  await day.org.getByTestId('open-1').first().click();
  await day.org.locator('.ant-popconfirm .ant-btn-primary').click();
  for (const phone of [day.phoneA, day.phoneB]) await phone.page.getByTestId('question').waitFor();
  expect(await day.phoneA.page.getByTestId('question').innerText()).toContain(day.q1.stem.slice(0, 10));
  await day.org.getByTestId('contest-status').getByText('进行中').waitFor();
  const wrong1 = ['A', 'B', 'C', 'D'].find((k) => k !== day.q1.answer) as string;
  await day.phoneA.page.getByTestId(`option-${day.q1.answer}`).click();
  await day.phoneA.page.getByTestId('submit').click();
  await day.phoneB.page.getByTestId(`option-${wrong1}`).click();
  await day.phoneB.page.getByTestId('submit').click();
  for (const phone of [day.phoneA, day.phoneB]) await phone.page.getByTestId('result').getByText('结果将在本题结束后公布').waitFor();
  // Graded by now, and still held back, also after a reload.
  await day.phoneA.page.waitForTimeout(1500);
  await day.phoneA.page.reload();
  await day.phoneA.page.getByTestId('result').getByText('已提交', { exact: true }).waitFor();
  for (const phone of [day.phoneA, day.phoneB]) expect(await phone.page.getByTestId('question').innerText()).not.toMatch(/回答正确|回答错误|本题得分/);
  await shotBoth(day.phoneA, 'contestant-hidden-result', 'The result is shown when the question closes');
  await day.screenFace.page.getByTestId('screen-question').waitFor();
  await day.screenFace.shot('screen-open');

  await day.org.getByTestId('close-1').first().click();
  await day.phoneA.page.getByText('回答正确').waitFor();
  await day.phoneA.page.getByTestId('result').getByText(`本题得分 +${day.q1.points}`).waitFor();
  await day.phoneB.page.getByText('回答错误').waitFor();
  await day.phoneB.page.getByTestId('result').getByText('本题得分 0').waitFor();
  await shotBoth(day.phoneA, 'contestant-required-correct', `Points for this question: +${day.q1.points}`);

  // 公布答案: the big screen and the phones show the key.
  await day.org.getByTestId('reveal-answer').and(day.org.locator(':not([disabled])')).click();
  await day.screenFace.page.getByTestId('screen-revealed').waitFor();
  expect(await day.screenFace.page.getByTestId('screen-revealed').innerText()).toContain(`正确答案：${day.q1.answer}`);
  await day.phoneB.page.getByTestId('revealed').waitFor();
  await day.screenFace.shot('screen-revealed');

  // Strict blanks for the round, previewed first: how many answers the change moves, then applied.
  await day.org.getByTestId('round-grading-1').click();
  const grading = day.org.locator('.ant-modal').filter({ has: day.org.getByTestId('grading-preview') });
  await grading.getByTestId('grading-preview').click();
  await grading.getByTestId('grading-report').getByText('将改变 0 份答卷的得分（共 2 份已判答卷）').waitFor();
  await shotBoth(day.consoleFace, 'console-round-grading', /0 answer\(s\) will change score \(of 2 graded\)/);
  await grading.getByTestId('grading-apply').click();
  await grading.waitFor({ state: 'hidden' });
  await day.org.getByTestId('rounds-panel').getByText('严格填空').waitFor();
}

/** Time runs out: the question closes by itself; reopening asks first and says what happens to its answers. */
export async function autoCloseAndReopen(day: ContestDay): Promise<void> {
  await day.questionControl(3, day.q3.id, 'open');
  await day.phoneA.page.getByTestId('question').getByText(day.q3.stem.slice(0, 10)).waitFor();
  await day.org.getByTestId('live-phase').getByText('作答中').waitFor();
  await day.org.getByTestId('live-phase').getByText('已结束').waitFor({ timeout: 12000 });
  await day.org.getByTestId('reveal-answer').and(day.org.locator(':not([disabled])')).waitFor();
  await day.phoneA.page.getByText('本题已结束，等待下一题').waitFor();

  const round4 = day.org.getByTestId('rounds-panel').locator('.ant-collapse-item', { hasText: day.rounds[3].title });
  await round4.locator('.ant-collapse-header').click();
  await round4.getByTestId('reopen-1').click();
  const confirm = day.org.locator('.ant-popover:not(.ant-popover-hidden)');
  await confirm.getByText('已提交的答案保留').waitFor();
  await settledShot(day.consoleFace, 'console-reopen-confirm');
  await confirm.locator('.ant-btn-primary').click();
  await day.org.getByTestId('live-phase').getByText('作答中').waitFor();
  await day.questionControl(3, day.q3.id, 'close');
  await day.org.getByTestId('live-phase').getByText('已结束').waitFor();
}
