import type { ContestAnalysis } from '@jingsai/analysis';
import type { AnalysisReport, ReportQuestion, ReportSettings } from '@jingsai/domain';
import type { ContestEntity, RoundEntity } from '../database/entities';
import type { BuiltInput } from './analysis-input';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export type { ReportSettings };

export function reportSettingsOf(contest: Pick<ContestEntity, 'settings'>): ReportSettings {
  const report = contest.settings.report ?? {};
  return { optionSharesOnScreen: report.optionSharesOnScreen === true, timeZone: report.timeZone || DEFAULT_TIME_ZONE };
}

/**
 * GET /api/contests/:id/analysis: the 竞赛分析报告 (DESIGN.md), declared in the contract. Everything
 * `analyseContest` returns, with the rounds, the groups and the settings that the console, the print
 * view and results.xlsx show alongside. One object: the workbook's sheets are written from it.
 */
export type { AnalysisReport, ReportQuestion };

export function toReport(contest: ContestEntity, rounds: RoundEntity[], built: BuiltInput, analysis: ContestAnalysis, now: Date): AnalysisReport {
  const groups: string[] = [];
  for (const team of built.input.teams) if (team.group && !groups.includes(team.group)) groups.push(team.group);
  return {
    contestId: contest.id,
    title: contest.title,
    status: contest.status,
    generatedAt: now.toISOString(),
    settings: reportSettingsOf(contest),
    rounds: rounds.map((r) => ({ id: r.id, title: r.title, kind: r.kind, position: r.position, tieBreak: Boolean(r.settings.tieBreak) })),
    groups,
    steps: analysis.steps,
    questions: analysis.questions.map((q) => {
      const placed = built.placements.get(q.questionId);
      return {
        ...q,
        contestQuestionId: placed?.placement.questionId ?? q.questionId,
        stem: placed?.copy?.stem ?? '',
        points: placed?.copy?.points ?? 0,
        position: placed?.placement.position ?? 0,
        tags: placed?.copy?.tags ?? [],
      };
    }),
    tags: analysis.tags,
    teams: analysis.teams,
    contestants: analysis.contestants,
  };
}
