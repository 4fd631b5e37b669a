import { useCallback } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { useOptionShares } from '../../analysis/api/get-option-shares';
import type { LiveView, OptionSharesView } from '@jingsai/domain';
import { EChart, type ChartSize } from '../../../components/echart';
import { useT } from '../../../i18n/index';

const CHOICE_TYPES = new Set(['single', 'multiple', 'truefalse']);
type Shares = Required<Pick<OptionSharesView, 'options'>>['options'];

/**
 * 选项分布 on the big screen: once a choice question has closed, and only when the organizer switched it on
 * (the server decides: it refuses an open question and hides results held back), "42% chose B"; the key
 * turns green once revealed.
 */
export function OptionSharesPanel({ live }: { live: LiveView }) {
  const t = useT();
  const question = live.question;
  const over = live.status === 'finished' || live.status === 'archived';
  const asked = live.phase === 'closed' && !over && question && CHOICE_TYPES.has(question.type) ? question.id : null;
  const shares = useOptionShares(live.contestId, asked, live.version);
  const view = shares.data;
  const options = view?.shown && view.questionId === asked ? view.options ?? [] : [];
  const label = useCallback((key: string) => (key === 'true' ? t('anOptionTrue') : key === 'false' ? t('anOptionFalse') : key), [t]);
  const option = useCallback((size: ChartSize) => sharesOption(options, label, size), [options, label]);
  if (!asked || options.length === 0) return null;
  const key = options.filter((o) => o.isKey).map((o) => label(o.key)).join('');
  return (
    <div className="screen-panel" data-testid="screen-option-shares" style={{ flex: '0 0 auto', paddingBlock: '1.2vh' }}>
      <div className="screen-panel-title" style={{ display: 'flex', justifyContent: 'space-between', marginBottom: '0.4vh' }}>
        <span>{t('anScreenShares')}</span>
        <span style={{ color: '#9fb3d9', letterSpacing: 0 }}>
          {t('anAnswers', { n: view?.answered ?? 0 })}
          {key && ` · ${t('anScreenSharesKey', { key })}`}
        </span>
      </div>
      {/* Compact: the question panel above keeps the room its stem and options need. */}
      <div style={{ height: '12vh' }}>
        <EChart option={option} />
      </div>
    </div>
  );
}

function sharesOption(options: Shares, label: (key: string) => string, { height }: ChartSize): EChartsCoreOption {
  const font = Math.round(Math.max(14, Math.min(28, height * 0.19)));
  return {
    animationDuration: 900,
    grid: { left: 8, right: 8, top: font * 1.6, bottom: 4, containLabel: true },
    xAxis: { type: 'category', data: options.map((o) => label(o.key)), axisLine: { lineStyle: { color: '#5b6f96' } }, axisTick: { show: false }, axisLabel: { color: '#e8efff', fontSize: font, fontWeight: 700 } },
    yAxis: { type: 'value', min: 0, max: Math.max(0.25, ...options.map((o) => o.share)), show: false },
    series: [
      {
        type: 'bar',
        barMaxWidth: '45%',
        data: options.map((o) => ({ value: o.share, itemStyle: { color: o.isKey ? '#42d392' : '#4b8dff', borderRadius: [6, 6, 0, 0] } })),
        label: { show: true, position: 'top', color: '#ffffff', fontSize: font, fontWeight: 700, formatter: ({ value }: { value: number }) => `${Math.round(value * 100)}%` },
      },
    ],
  };
}
