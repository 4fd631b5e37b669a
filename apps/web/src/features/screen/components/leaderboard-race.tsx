import { useCallback, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import type { Leaderboard } from '@jingsai/domain';
import { EChart, type ChartSize } from '../../../components/echart';
import { colorFor } from '../utils/team-colors';

const MEDAL_COLORS = ['#f6c343', '#c9d3e3', '#d99357'];

function shortName(name: string, maxChars: number): string {
  const chars = [...name];
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('')}…` : name;
}

/** A rank's circle in the axis label: one size for every rank. */
function circle(font: number) {
  const size = Math.round(font * 1.3);
  return { fontSize: Math.round(font * 0.8), fontWeight: 800, width: size, height: size, lineHeight: size, borderRadius: Math.round(size / 2), align: 'center', verticalAlign: 'middle' };
}

/** The big-screen bar race: one bar per team, re-sorted live (ECharts realtimeSort) with animation. */
export function LeaderboardRace({ board }: { board: Leaderboard }) {
  // Keep a stable team order (and colour) across pushes; ECharts sorts the bars itself.
  const order = useRef<string[]>([]);
  for (const row of board.rows) if (!order.current.includes(row.teamId)) order.current.push(row.teamId);

  const option = useCallback(
    ({ height, width }: ChartSize): EChartsCoreOption => {
      const byId = new Map(board.rows.map((r) => [r.teamId, r]));
      const teams = order.current.filter((id) => byId.has(id));
      const count = Math.max(teams.length, 1);
      const font = Math.round(Math.max(14, Math.min(40, (height / count) * 0.42)));
      const scores = board.rows.map((r) => r.score);
      const min = Math.min(0, ...scores);
      const max = Math.max(1, ...scores);
      // The label column: as wide as the longest name, at most 42% of the chart (longer names are shortened).
      const maxChars = Math.max(2, Math.floor((width * 0.42) / font - 2.2));
      const longest = Math.min(maxChars, Math.max(2, ...board.rows.map((r) => [...r.teamName].length)));
      const labelWidth = Math.round(font * (2.2 + longest * 1.05));
      return {
        animationDuration: 600,
        animationDurationUpdate: 900,
        animationEasing: 'linear',
        animationEasingUpdate: 'cubicOut',
        grid: { left: 24, right: Math.round(font * 3.4), top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', min, max: Math.ceil(max * 1.05), show: false },
        yAxis: {
          type: 'category',
          inverse: true,
          data: teams,
          animationDuration: 300,
          animationDurationUpdate: 300,
          axisLine: { show: false },
          axisTick: { show: false },
          axisLabel: {
            color: '#e8efff',
            fontSize: font,
            fontWeight: 600,
            // Left-aligned from one x (no fixed box width: a fixed width floats the centred circle), so the rank
            // circles stand one under the other whatever the names' lengths.
            align: 'left',
            margin: labelWidth + Math.round(font * 0.6),
            formatter: (id: string) => {
              const row = byId.get(id);
              if (!row) return '';
              const style = row.rank <= 3 ? `m${row.rank}` : 'rn';
              return `{${style}|${row.rank}}  {name|${shortName(row.teamName, maxChars)}}`;
            },
            rich: {
              name: { color: '#e8efff', fontSize: font, fontWeight: 600, verticalAlign: 'middle' },
              // Every rank sits in the same circle (medal colours for the first three), so names line up.
              rn: { ...circle(font), color: '#dbe6ff', backgroundColor: 'rgba(255,255,255,0.14)' },
              ...Object.fromEntries(MEDAL_COLORS.map((color, i) => [`m${i + 1}`, { ...circle(font), color: '#0b1a36', backgroundColor: color }])),
            },
          },
        },
        series: [
          {
            type: 'bar',
            realtimeSort: true,
            barCategoryGap: '28%',
            barMaxWidth: Math.round(height / 6),
            data: teams.map((id) => ({
              value: byId.get(id)?.score ?? 0,
              itemStyle: {
                color: colorFor(order.current.indexOf(id)),
                borderRadius: [0, font / 3, font / 3, 0],
                shadowBlur: 16,
                shadowColor: 'rgba(0,0,0,0.35)',
              },
            })),
            label: {
              show: true,
              position: 'right',
              valueAnimation: true,
              color: '#ffffff',
              fontSize: Math.round(font * 1.05),
              fontWeight: 700,
              fontFamily: 'DIN Alternate, Roboto Mono, Menlo, monospace',
            },
          },
        ],
      };
    },
    [board],
  );

  return <EChart option={option} />;
}
