import { useCallback } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '../utils/analysis-echarts';
import { HEAT_COLORS } from '../utils/analysis-format';

export interface HeatRow {
  label: string;
  /** Per tag, 0–1 or null (no graded answer). */
  values: (number | null)[];
}

interface CellParams {
  value: [number, number, number | '-'];
}

const ROW_HEIGHT = 34;

/** Knowledge points across, teams (or groups) down: the share of points earned, weak red to strong green. */
export function TagHeatmapChart({ tags, rows }: { tags: string[]; rows: HeatRow[] }) {
  const option = useCallback((): EChartsCoreOption => {
    const data = rows.flatMap((row, y) => row.values.map((v, x) => [x, y, v === null ? '-' : Math.round(v * 1000) / 10]));
    const label = (value: number | '-') => (value === '-' ? '—' : `${value}%`);
    return {
      animation: false,
      tooltip: {
        position: 'top',
        formatter: ({ value }: CellParams) => `${rows[value[1]]?.label ?? ''} · ${tags[value[0]] ?? ''}<br/><b>${label(value[2])}</b>`,
      },
      grid: { left: 8, right: 16, top: 8, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: tags, position: 'top', splitArea: { show: true }, axisTick: { show: false }, axisLabel: { interval: 0, fontWeight: 600, width: 110, overflow: 'truncate' } },
      yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true, splitArea: { show: true }, axisTick: { show: false }, axisLabel: { fontWeight: 600, width: 140, overflow: 'truncate' } },
      visualMap: { min: 0, max: 100, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160, itemWidth: 12, calculable: false, text: ['100%', '0%'], inRange: { color: HEAT_COLORS } },
      series: [
        {
          type: 'heatmap',
          data,
          label: { show: true, fontSize: 13, fontWeight: 600, color: '#1f1f1f', formatter: ({ value }: CellParams) => label(value[2]) },
          itemStyle: { borderColor: '#fff', borderWidth: 2 },
          emphasis: { itemStyle: { shadowBlur: 8, shadowColor: 'rgba(0,0,0,0.3)' } },
        },
      ],
    };
  }, [tags, rows]);
  return <EChart option={option} style={{ height: rows.length * ROW_HEIGHT + 110 }} />;
}
