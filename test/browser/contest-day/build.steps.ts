/** Contest day: The organizer builds the contest: the paper imported, a roster team and a team with seats, rounds (one made in the console), a judge, the entry sheet. */
import path from 'node:path';
import { ROOT } from '../browser-kit';
import { api, shotBoth } from '../contest-kit';
import { type BankQuestion, type ContestDay, PENALTY, SAMPLE, type Team, TEAM_A, TEAM_B } from './day';

/** Organizer imports the paper, builds the contest with a roster team and a team with seats. */
export async function buildContest(day: ContestDay): Promise<void> {
  await day.org.goto('/console/banks');
  await day.org.getByPlaceholder('题库名称').fill('服务知识样卷');
  await day.org.locator('input[type=file]').setInputFiles(SAMPLE);
  await day.org.getByRole('button', { name: /导\s?入/ }).last().click();
  await day.org.getByTestId('import-report').waitFor();
  expect(await day.org.getByTestId('import-report').innerText()).toMatch(/已导入 \d+ 题/);

  const banks = await api<{ id: string; name: string }[]>(day.app, day.token, 'GET', '/banks');
  const bank = banks.find((b) => b.name === '服务知识样卷');
  const questions = await api<BankQuestion[]>(day.app, day.token, 'GET', `/banks/${bank?.id}/questions`);
  const singles = questions.filter((q) => q.type === 'single' && typeof q.answer === 'string');
  [day.q1, day.q2, day.q3, day.q4] = singles;
  day.shortQ = questions.find((q) => q.type === 'short' && (q.keyPoints?.length ?? 0) > 0) as BankQuestion;
  expect(day.q4).toBeDefined();
  expect(day.shortQ).toBeDefined();

  await day.org.goto('/console');
  await day.org.getByRole('button', { name: /新建竞赛/ }).click();
  await day.org.getByLabel('竞赛名称').fill('2025 服务知识竞赛');
  await day.org.locator('.ant-modal-footer .ant-btn-primary').click();
  await day.org.waitForURL(/\/console\/contests\/[0-9a-f-]{36}$/);
  day.contestId = day.org.url().split('/').pop() as string;
  await day.org.getByTestId('contest-status').getByText('筹备中').waitFor();

  // Team A joins by roster (each name gets a PIN), team B by seats (the default 5).
  const teamsPanel = day.org.getByTestId('teams-panel');
  await teamsPanel.getByPlaceholder('队名').fill(TEAM_A);
  await teamsPanel.getByText('按名单').click();
  await teamsPanel.getByTestId('roster-input').fill('张三\n赵六');
  await teamsPanel.getByRole('button', { name: /添加参赛队/ }).click();
  await teamsPanel.locator('.ant-table-cell', { hasText: TEAM_A }).first().waitFor();
  await teamsPanel.getByPlaceholder('队名').fill(TEAM_B);
  await teamsPanel.getByRole('button', { name: /添加参赛队/ }).click();
  await teamsPanel.locator('.ant-table-cell', { hasText: TEAM_B }).first().waitFor();

  for (const [title, kind, q, seconds, settings] of [
    ['第一轮 必答题', 'required', day.q1, 120, {}],
    ['第二轮 抢答题', 'buzzer', day.q2, 120, { passOnWrong: true, wrongPenalty: PENALTY }],
    ['第三轮 简答题', 'required', day.shortQ, 120, {}],
    ['第四轮 快答', 'required', day.q3, 5, {}],
  ] as const) {
    const round = await api<{ id: string }>(day.app, day.token, 'POST', `/contests/${day.contestId}/rounds`, { title, kind, questionIds: [q.id], secondsPerQuestion: seconds, settings });
    day.rounds.push({ id: round.id, title });
  }
  await day.org.reload();
  for (const r of day.rounds) await day.org.getByText(r.title).first().waitFor();

  // A risk round made in the console: the tiers start at 10/20/30; result visibility and strict blanks are explained.
  await day.org.getByRole('button', { name: /添加轮次/ }).click();
  const modal = day.org.locator('.ant-modal').filter({ has: day.org.getByTestId('round-settings') });
  await modal.getByLabel('轮次名称').fill('第五轮 风险题');
  await modal.locator('.ant-form-item', { hasText: '赛制' }).locator('.ant-select-selector').click();
  await day.org.locator('.ant-select-item-option[title="风险"]').click();
  const tiers = modal.getByTestId('stake-tiers');
  for (const tier of ['10', '20', '30']) await tiers.locator('.ant-select-selection-item', { hasText: tier }).waitFor();
  await modal.getByText('默认：收题后公布').waitFor();
  await modal.getByText('严格比对填空答案').waitFor();
  await modal.getByLabel('每题时限（秒）').fill('120');
  await modal.getByPlaceholder('搜索').fill(day.q4.stem.slice(0, 8));
  await modal.getByPlaceholder('搜索').press('Enter');
  await modal.locator('tr', { hasText: day.q4.stem.slice(0, 24) }).locator('input[type=checkbox]').check();
  await shotBoth(day.consoleFace, 'console-add-risk-round', 'Default 10 / 20 / 30: add or remove tiers', modal.getByTestId('round-settings'));
  await modal.locator('.ant-modal-footer .ant-btn-primary').click();
  await day.org.getByTestId('rounds-panel').getByText('分值 10 / 20 / 30').waitFor();
  const made = await api<{ rounds: { id: string; title: string; settings: { stakes?: number[] } }[] }>(day.app, day.token, 'GET', `/contests/${day.contestId}`);
  const riskRound = made.rounds.find((r) => r.title === '第五轮 风险题');
  expect(riskRound?.settings.stakes).toEqual([10, 20, 30]);
  day.riskRoundId = riskRound?.id as string;
  const details = await api<{ teams: Team[] }>(day.app, day.token, 'GET', `/contests/${day.contestId}`);
  day.teamA = details.teams.find((t) => t.name === TEAM_A) as Team;
  day.teamB = details.teams.find((t) => t.name === TEAM_B) as Team;

  // The members panel: the roster's names with their PINs, nobody joined yet.
  const members = day.org.getByTestId('members-panel');
  const zhang = members.locator('tr', { hasText: '张三' });
  await zhang.waitFor();
  day.pinA = (await zhang.locator('code').innerText()).trim();
  expect(day.pinA).toMatch(/^\d{6}$/);
  expect(await zhang.innerText()).toContain('未加入');

  // A judge, created and assigned as chief; the panel lists the assigned judges.
  const judges = day.org.getByTestId('judges-panel');
  await judges.getByPlaceholder('用户名').fill('judge1');
  await judges.getByPlaceholder('密码').fill('judge-pass');
  await judges.getByRole('button', { name: /创建评委账号/ }).click();
  await day.org.getByText('已创建评委 judge1').waitFor();
  await judges.getByText('主裁判').click();
  await judges.getByRole('button', { name: /指派评委/ }).click();
  await day.org.getByText('已指派评委 judge1').waitFor();
  await judges.getByTestId('assigned-judges').getByText('judge1').waitFor();
  await shotBoth(day.consoleFace, 'console-members', 'Members and PINs', members);

  // The entry sheet prints each roster member's name and PIN.
  const print = await day.consoleFace.context.newPage();
  await print.goto(`/console/contests/${day.contestId}/print`);
  await print.getByTestId('print-card').nth(1).waitFor();
  const cardA = print.getByTestId('print-card').filter({ hasText: TEAM_A });
  await cardA.getByTestId('print-members').waitFor();
  expect(await cardA.innerText()).toContain(day.teamA.joinCode);
  expect(await cardA.getByTestId('print-members').innerText()).toMatch(new RegExp(`张三\\s+${day.pinA}`));
  await print.locator('img.print-qr').first().waitFor();
  await print.screenshot({ path: path.join(ROOT, 'test/artifacts/browser-print-sheet.png'), fullPage: true });
  await print.close();
}
