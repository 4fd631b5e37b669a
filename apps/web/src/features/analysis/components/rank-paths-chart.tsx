import { useCallback } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import type { AnalysisReport, TeamAnalysis } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { EChart } from '../utils/analysis-echarts';
import { LINE_COLORS } from '../utils/analysis-format';

/** Rank after each question, rank 1 on top; each path ends on the leaderboard's rank. */
export function RankPathsChart({ report, teams, height = 320 }: { report: AnalysisReport; teams: TeamAnalysis[]; height?: number }) {
  const t = useT();
  const option = useCallback((): EChartsCoreOption => {
    const count = Math.max(1, report.teams.length);
    return {
      animationDuration: 500,
      tooltip: { trigger: 'axis', order: 'valueAsc' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 8, right: 24, top: 40, bottom: 4, containLabel: true },
      xAxis: { type: 'category', boundaryGap: false, data: report.steps.map((s, i) => s.label ?? String(i + 1)) },
      yAxis: { type: 'value', inverse: true, min: 1, max: count, minInterval: 1, name: t('anRankAxis'), nameLocation: 'start' },
      series: teams.map((team) => ({
        type: 'line',
        name: team.name,
        data: team.rankPath,
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { width: 2.5 },
        color: LINE_COLORS[report.teams.indexOf(team) % LINE_COLORS.length],
        emphasis: { focus: 'series' },
      })),
    };
  }, [report, teams, t]);
  // A different set of lines is a new chart: ECharts merges options and would keep the old series.
  return <EChart key={teams.map((x) => x.teamId).join(',')} option={option} style={{ height }} />;
}
