import { Card, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { AnalysisReport } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { PATH_TEAMS, teamsByRank } from '../utils/analysis-rows';
import { RankPathsChart } from './rank-paths-chart';

/** Rank after each question, for the best teams or the ones the organizer picks. */
export function RankPathsPanel({ report }: { report: AnalysisReport }) {
  const t = useT();
  const ranked = useMemo(() => teamsByRank(report), [report]);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const ids = chosen ?? ranked.slice(0, PATH_TEAMS).map((team) => team.teamId);
  const teams = ranked.filter((team) => ids.includes(team.teamId));
  return (
    <Card
      title={t('anRankPaths')}
      data-testid="analysis-rank-paths"
      extra={
        ranked.length > PATH_TEAMS && (
          <Select
            mode="multiple"
            maxTagCount={3}
            style={{ minWidth: 280 }}
            value={ids}
            onChange={setChosen}
            optionFilterProp="label"
            options={ranked.map((team) => ({ value: team.teamId, label: `${team.rank}. ${team.name}` }))}
            aria-label={t('anShowTeams')}
          />
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('anRankPathsHint')}</Typography.Text>
        <RankPathsChart report={report} teams={teams} />
      </Space>
    </Card>
  );
}
