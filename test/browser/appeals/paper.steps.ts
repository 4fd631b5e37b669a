/** Appeals on a paper (笔答): after hand-in the phone lists its answers; once the results are out it may appeal one. */
import { settledShot, shotBoth } from '../contest-kit';
import { AppealsDay } from './appeals-day';

export async function paperAppeal(day: AppealsDay): Promise<void> {
  const round = await day.call<{ id: string }>('POST', `/contests/${day.contestId}/rounds`, {
    title: '笔答',
    kind: 'written',
    questionIds: [day.days.id],
    secondsPerQuestion: 60,
    settings: { paper: { draw: [{ type: 'blank', count: 1 }], minutes: 10 } },
  });
  await day.call('POST', `/rounds/${round.id}/paper/open`);
  const phone = day.phoneA.page;
  await phone.getByTestId('paper-start').click();
  await phone.getByTestId('paper-q-1').getByTestId('blank-0').fill('5');
  await phone.getByTestId('paper-send-1').click();
  await phone.getByTestId('paper-done-1').waitFor();
  await phone.getByTestId('paper-hand-in').click();
  await phone.locator('.ant-popover:not(.ant-popover-hidden) .ant-btn-primary').click();
  // Handed in: the result waits for the end of the round (written rounds' default), so nothing to appeal yet.
  const result = phone.getByTestId('paper-result-1');
  await result.getByText('成绩待公布').waitFor();
  expect(await result.getByTestId('appeal-open').count()).toBe(0);

  await day.call('POST', `/rounds/${round.id}/paper/close`);
  await result.getByText('回答错误').waitFor();
  await result.getByText('本题得分 0').waitFor();
  await result.getByTestId('appeal-open').click();
  await result.getByTestId('appeal-reason').fill('题目问的是工作日，我们写的是自然日换算');
  await result.getByTestId('appeal-submit').click();
  await result.getByTestId('appeal-state').getByText('申诉处理中').waitFor();
  await shotBoth(day.phoneA, 'appeals-paper-pending', 'Appeal under review', result);

  // Back on the main screen, the collected paper keeps a way to its results and appeals.
  await phone.getByTestId('paper-exit').click();
  await phone.getByTestId('paper-results-open').waitFor();
  await settledShot(day.phoneA, 'appeals-paper-entry');
  await day.org.getByTestId('appeals-panel').getByTestId('appeals-open-count').getByText('待处理 1 件').waitFor();
}
