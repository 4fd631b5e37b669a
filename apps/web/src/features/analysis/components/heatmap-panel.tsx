import { Card, Empty, Segmented, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { AnalysisReport } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { HEAT_TEAMS, heatRows } from '../utils/analysis-rows';
import { TagHeatmapChart } from './tag-heatmap-chart';

/** Knowledge points × teams (or groups) as a heat map. */
export function HeatmapPanel({ report }: { report: AnalysisReport }) {
  const t = useT();
  const [mode, setMode] = useState<'teams' | 'groups'>('teams');
  const rows = useMemo(() => heatRows(report, mode, t('anOverall')), [report, mode, t]);
  const tags = useMemo(() => report.tags.map((x) => x.tag), [report]);
  return (
    <Card
      title={t('anHeatmap')}
      data-testid="analysis-heatmap"
      extra={
        report.groups.length > 0 && (
          <Segmented
            size="small"
            value={mode}
            onChange={(value) => setMode(value as 'teams' | 'groups')}
            options={[
              { value: 'teams', label: t('anByTeam') },
              { value: 'groups', label: t('anByGroup') },
            ]}
          />
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {t('anHeatmapHint')}
        {mode === 'teams' && report.teams.length > HEAT_TEAMS && ` · ${t('anHeatTop', { n: HEAT_TEAMS })}`}
      </Typography.Paragraph>
      {tags.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : <TagHeatmapChart key={mode} tags={tags} rows={rows} />}
    </Card>
  );
}
