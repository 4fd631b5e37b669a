/** Pure selections from the report that the tab and the print view both show. */
import type { AnalysisReport, ReportQuestion, TeamAnalysis } from '@jingsai/domain';
import type { HeatRow } from '../components/tag-heatmap-chart';

/** A heat map shows at most this many teams (the best ranked); the workbook has them all. */
export const HEAT_TEAMS = 30;
/** Rank paths drawn at first (the best ranked); the organizer may pick others. */
export const PATH_TEAMS = 8;

export function teamsByRank(report: AnalysisReport): TeamAnalysis[] {
  return [...report.teams].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
}

/** The field's mean first, then teams by rank (or the groups). */
export function heatRows(report: AnalysisReport, mode: 'teams' | 'groups', overall: string): HeatRow[] {
  const tags = report.tags;
  const first: HeatRow = { label: overall, values: tags.map((t) => t.mean) };
  if (mode === 'groups') return [first, ...report.groups.map((g) => ({ label: g, values: tags.map((t) => t.byGroup[g] ?? null) }))];
  return [first, ...teamsByRank(report).slice(0, HEAT_TEAMS).map((team) => ({ label: team.name, values: tags.map((t) => team.byTag[t.tag] ?? null) }))];
}

/** Choice questions that have answers: the ones with an option distribution. */
export function choiceQuestions(report: AnalysisReport): ReportQuestion[] {
  return report.questions.filter((q) => q.options && q.options.length > 0);
}

/** Round titles by id. */
export function roundTitles(report: AnalysisReport): Map<string, string> {
  return new Map(report.rounds.map((r) => [r.id, r.title]));
}

/** "第一轮 必答题 · 3" — where a question sits. */
export function questionPlace(report: AnalysisReport, q: ReportQuestion): string {
  return `${roundTitles(report).get(q.roundId) ?? ''} · ${q.position}`;
}
