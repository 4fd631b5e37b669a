import { useCallback } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import type { OptionAnalysis } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { EChart } from '../utils/analysis-echarts';
import { optionLabel, pct } from '../utils/analysis-format';

const KEY_COLOR = '#3bb26b';
const FLAGGED_COLOR = '#fa8c16';
const OTHER_COLOR = '#1d5fd6';

/** One choice question's option shares as bars: the key green, a distractor to check orange. */
export function OptionBarsChart({ options, height = 220 }: { options: OptionAnalysis[]; height?: number }) {
  const t = useT();
  const option = useCallback((): EChartsCoreOption => {
    const top = Math.max(1, ...options.map((o) => o.share));
    return {
      animationDuration: 400,
      grid: { left: 8, right: 8, top: 28, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: number) => pct(value) },
      xAxis: { type: 'category', data: options.map((o) => optionLabel(o.key, t)), axisTick: { show: false }, axisLabel: { fontSize: 14, fontWeight: 600 } },
      yAxis: { type: 'value', min: 0, max: top, axisLabel: { formatter: (value: number) => `${Math.round(value * 100)}%` } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 56,
          data: options.map((o) => ({
            value: o.share,
            itemStyle: { color: o.isKey ? KEY_COLOR : o.flags.length ? FLAGGED_COLOR : OTHER_COLOR, borderRadius: [4, 4, 0, 0] },
          })),
          label: { show: true, position: 'top', fontWeight: 600, formatter: ({ value }: { value: number }) => pct(value) },
        },
      ],
    };
  }, [options, t]);
  return <EChart option={option} style={{ height }} />;
}
