/** Contest day: 抢答 (the right to answer passes on a wrong answer) and 风险 (stakes, +20 / −10). */
import { api, settledShot, shotBoth } from '../contest-kit';
import { type ContestDay, PENALTY, TEAM_A, TEAM_B } from './day';

/** 抢答: A buzzes first and answers wrong; the right passes to B on every face, also after a reload. */
export async function buzzTurn(day: ContestDay): Promise<void> {
  await day.questionControl(1, day.q2.id, 'open');
  await day.phoneA.page.getByTestId('buzz').waitFor();
  await day.phoneB.page.getByTestId('buzz').waitFor();
  expect(await day.phoneA.page.getByTestId(`option-${day.q2.answer}`).isDisabled()).toBe(true);
  await day.phoneA.page.getByTestId('buzz').click();
  await day.phoneA.page.getByText('抢到答题权').waitFor();
  await day.phoneB.page.getByTestId('buzz').click();
  await day.phoneB.page.getByTestId('buzz-result').getByText(/第 2 位 \+\d\.\d{3} s/).waitFor();
  expect(await day.phoneB.page.getByTestId(`option-${day.q2.answer}`).isDisabled()).toBe(true);
  await day.phoneB.page.getByTestId('buzz-holder').getByText(`${TEAM_A} 正在作答`).waitFor();

  const screen = day.screenFace.page;
  await screen.getByTestId('screen-buzz-row').nth(1).waitFor();
  // The question panel makes room for the buzz order: every option stays on screen.
  const lastOption = screen.locator('.screen-option').last();
  await screen.waitForTimeout(500);
  const [option, stem] = await Promise.all([lastOption.boundingBox(), screen.locator('.screen-stem').boundingBox()]);
  expect((option?.y ?? 0) + (option?.height ?? 0)).toBeLessThanOrEqual((stem?.y ?? 0) + (stem?.height ?? 0) + 1);
  expect(await screen.getByTestId('screen-buzz-row').nth(1).innerText()).toMatch(new RegExp(`${TEAM_B}[\\s\\S]*\\+\\d\\.\\d{3} s`));
  expect(await screen.locator('.screen-buzz-row.holder').innerText()).toContain(TEAM_A);
  await settledShot(day.screenFace, 'screen-buzz-order');

  const wrong2 = ['A', 'B', 'C', 'D'].find((k) => k !== day.q2.answer) as string;
  await day.phoneA.page.getByTestId(`option-${wrong2}`).click();
  await day.phoneA.page.getByTestId('submit').click();
  await day.phoneA.page.getByTestId('buzz-passed').getByText(`答题权已转给 ${TEAM_B}`).waitFor();
  await day.phoneB.page.getByTestId('buzz-result').getByText('轮到本队作答').waitFor();
  expect(await day.phoneB.page.getByTestId(`option-${day.q2.answer}`).isDisabled()).toBe(false);
  await screen.locator('.screen-buzz-row.holder', { hasText: TEAM_B }).waitFor();
  await shotBoth(day.screenFace, 'screen-buzz-turn', 'Buzz order');
  await day.org.getByTestId('buzz-order').getByText('答题中').waitFor();
  expect(await day.org.getByTestId('buzz-order').locator('tr', { hasText: TEAM_B }).innerText()).toContain('答题中');

  // A reloaded phone shows its real buzz state, never a fresh 抢答 button.
  await day.phoneB.page.reload();
  await day.phoneB.page.getByTestId('buzz-result').getByText('轮到本队作答').waitFor();
  expect(await day.phoneB.page.getByTestId('buzz').count()).toBe(0);
  await shotBoth(day.phoneB, 'contestant-buzz-turn', 'Your team answers now');
  await day.phoneB.page.getByTestId(`option-${day.q2.answer}`).click();
  await day.phoneB.page.getByTestId('submit').click();
  await day.phoneB.page.getByTestId('result').getByText('已提交', { exact: true }).waitFor();
  await day.questionControl(1, day.q2.id, 'close');
  await day.phoneB.page.getByTestId('result').getByText(`本题得分 +${day.q2.points}`).waitFor();
  await day.phoneA.page.getByTestId('result').getByText(`本题得分 −${PENALTY}`).waitFor();
  await day.phoneA.page.getByTestId('team-score').getByText(String(day.q1.points - PENALTY), { exact: true }).waitFor();
  await settledShot(day.phoneA, 'contestant-buzz-penalty');
}

/** 风险题: teams stake before it opens; the big screen shows the stakes; the phones show +20 and −10 after the close. */
export async function riskStakes(day: ContestDay): Promise<void> {
  await day.phoneA.page.getByTestId('stake-20').click();
  await day.phoneA.page.getByText('已选择 20 分').waitFor();
  await day.phoneB.page.getByTestId('stake-10').click();
  await day.phoneB.page.getByText('已选择 10 分').waitFor();
  await api(day.app, day.token, 'POST', `/rounds/${day.riskRoundId}/questions/${day.q4.id}/open`);
  const stakes = day.screenFace.page.getByTestId('screen-stakes');
  await stakes.getByText(TEAM_A).waitFor();
  await stakes.getByText(TEAM_B).waitFor();
  expect(await stakes.innerText()).toMatch(new RegExp(`${TEAM_A}\\s+20[\\s\\S]*${TEAM_B}\\s+10`));
  await settledShot(day.screenFace, 'screen-stakes');
  const wrong4 = ['A', 'B', 'C', 'D'].find((k) => k !== day.q4.answer) as string;
  await day.phoneA.page.getByTestId('question').getByText('本队押 20 分').waitFor();
  await day.phoneA.page.getByTestId(`option-${day.q4.answer}`).click();
  await day.phoneA.page.getByTestId('submit').click();
  await day.phoneB.page.getByTestId(`option-${wrong4}`).click();
  await day.phoneB.page.getByTestId('submit').click();
  await day.phoneB.page.getByTestId('result').getByText('已提交', { exact: true }).waitFor();
  await api(day.app, day.token, 'POST', `/rounds/${day.riskRoundId}/questions/${day.q4.id}/close`);
  await day.phoneA.page.getByTestId('result').getByText('本题得分 +20').waitFor();
  await day.phoneB.page.getByTestId('result').getByText('本题得分 −10').waitFor();
  await shotBoth(day.phoneB, 'contestant-risk-lost', 'Points for this question: −10');
}
