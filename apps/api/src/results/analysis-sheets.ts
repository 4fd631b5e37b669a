import type ExcelJS from 'exceljs';
import type { QuestionFlag, TagStanding } from '@jingsai/analysis';
import { QUESTION_TYPE_LABELS } from '@jingsai/domain';
import type { AnalysisReport, ReportQuestion } from '../analysis/analysis-report';

export const ANALYSIS_SHEETS = { items: '题目分析', tags: '知识点×队伍', contestants: '选手分析' } as const;

export const FLAG_LABELS: Record<QuestionFlag, string> = {
  'too-easy': '过易',
  'too-hard': '过难',
  'negative-discrimination': '区分度为负（请核对答案）',
  'unused-distractor': '有干扰项无人选',
  'distractor-beats-key': '干扰项比答案更多人选',
};

const PERCENT = '0.0%';
const RATIO = '0.00';

/** Option columns of the items sheet: every key the contest's choice questions use (对/错 for true/false). */
function optionColumns(questions: ReportQuestion[]): string[] {
  const keys = new Set<string>();
  for (const q of questions) for (const o of q.options ?? []) keys.add(o.key);
  const letters = [...keys].filter((k) => k !== 'true' && k !== 'false').sort();
  return [...letters, ...['true', 'false'].filter((k) => keys.has(k))];
}

const optionHeader = (key: string) => (key === 'true' ? '选“对”' : key === 'false' ? '选“错”' : `选${key}`);
const standings = (list: TagStanding[]) => list.map((s) => s.tag).join('、');

/** The analysis sheets of results.xlsx, written from the very object GET /contests/:id/analysis returns. */
export function addAnalysisSheets(book: ExcelJS.Workbook, report: AnalysisReport): void {
  addItems(book, report);
  addTags(book, report);
  addContestants(book, report);
}

function addItems(book: ExcelJS.Workbook, report: AnalysisReport): void {
  const roundTitle = new Map(report.rounds.map((r) => [r.id, r.title]));
  const keys = optionColumns(report.questions);
  const sheet = book.addWorksheet(ANALYSIS_SHEETS.items);
  sheet.addRow([
    '轮次', '题号', '题型', '题目', '知识点', '分值', '作答', '答对', '部分正确', '答错', '超时', '正确率（难度）', '平均得分率', '区分度', '点双列相关',
    '平均用时（秒）', '评委分差', '答案', ...keys.map(optionHeader), '提示',
  ]);
  for (const q of report.questions) {
    const share = new Map((q.options ?? []).map((o) => [o.key, o.share]));
    const key = (q.options ?? []).filter((o) => o.isKey).map((o) => (o.key === 'true' ? '对' : o.key === 'false' ? '错' : o.key));
    sheet.addRow([
      roundTitle.get(q.roundId) ?? '', q.position, QUESTION_TYPE_LABELS[q.type]?.zh ?? q.type, q.stem, q.tags.join('、'), q.points,
      q.answered, q.right, q.partial, q.wrong, q.tooLate, q.facility, q.meanShare, q.discrimination, q.pointBiserial,
      q.meanSeconds, q.judgeSpread, key.join(''), ...keys.map((k) => share.get(k) ?? null), q.flags.map((f) => FLAG_LABELS[f]).join('；'),
    ]);
  }
  for (const col of [12, 13, ...keys.map((_, i) => 19 + i)]) sheet.getColumn(col).numFmt = PERCENT;
  for (const col of [14, 15]) sheet.getColumn(col).numFmt = RATIO;
  sheet.getColumn(4).width = 48;
}

/** Teams down, knowledge points across (the heat map), the field's mean first, then each group. */
function addTags(book: ExcelJS.Workbook, report: AnalysisReport): void {
  const tags = report.tags.map((t) => t.tag);
  const sheet = book.addWorksheet(ANALYSIS_SHEETS.tags);
  sheet.addRow(['队伍', '分组', '名次', ...tags, '强项', '弱项']);
  sheet.addRow(['全场平均', '', '', ...report.tags.map((t) => t.mean), '', '']);
  const teams = [...report.teams].sort((a, b) => a.rank - b.rank);
  for (const team of teams) {
    sheet.addRow([team.name, team.group ?? '', team.rank, ...tags.map((tag) => team.byTag[tag] ?? null), standings(team.strongest), standings(team.weakest)]);
  }
  for (const group of report.groups) sheet.addRow([`分组：${group}`, group, '', ...report.tags.map((t) => t.byGroup[group] ?? null), '', '']);
  for (let i = 0; i < tags.length; i++) sheet.getColumn(4 + i).numFmt = PERCENT;
  sheet.getColumn(1).width = 20;
}

/** Each contestant's own answers (written rounds): rank, total, per round and per knowledge point. */
function addContestants(book: ExcelJS.Workbook, report: AnalysisReport): void {
  const teamName = new Map(report.teams.map((t) => [t.teamId, t.name]));
  const rounds = report.rounds.filter((r) => report.contestants.some((c) => r.id in c.byRound));
  const tags = report.tags.map((t) => t.tag);
  const sheet = book.addWorksheet(ANALYSIS_SHEETS.contestants);
  sheet.addRow(['选手', '队伍', '名次', '总分', '作答', '答对', ...rounds.map((r) => r.title), ...tags, '强项', '弱项']);
  const contestants = [...report.contestants].sort((a, b) => a.rank - b.rank);
  for (const c of contestants) {
    sheet.addRow([
      c.name, teamName.get(c.teamId) ?? '', c.rank, c.total, c.answered, c.right,
      ...rounds.map((r) => c.byRound[r.id] ?? null), ...tags.map((tag) => c.byTag[tag] ?? null), standings(c.strongest), standings(c.weakest),
    ]);
  }
  for (let i = 0; i < tags.length; i++) sheet.getColumn(7 + rounds.length + i).numFmt = PERCENT;
}
