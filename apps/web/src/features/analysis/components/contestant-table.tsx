import { Card, Empty, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import type { AnalysisReport, ContestantAnalysis } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { StandingTags } from './team-table';

/** Each contestant's own answers (written rounds): rank, total, right, strongest and weakest knowledge points. */
export function ContestantTable({ report }: { report: AnalysisReport }) {
  const t = useT();
  const teamName = useMemo(() => new Map(report.teams.map((team) => [team.teamId, team.name])), [report]);
  const answered = report.contestants.filter((c) => c.answered > 0);
  const columns: ColumnsType<ContestantAnalysis> = [
    { title: t('anRank'), dataIndex: 'rank', width: 70, sorter: (a, b) => a.rank - b.rank, defaultSortOrder: 'ascend' },
    { title: t('anContestant'), dataIndex: 'name', width: 120 },
    {
      title: t('anTeam'),
      key: 'team',
      width: 140,
      render: (_, c) => teamName.get(c.teamId),
      filters: report.teams.map((team) => ({ text: team.name, value: team.teamId })),
      onFilter: (value, c) => c.teamId === value,
    },
    { title: t('anTotal'), dataIndex: 'total', width: 80, align: 'right', sorter: (a, b) => a.total - b.total },
    { title: t('anColAnswered'), dataIndex: 'answered', width: 74, align: 'right', sorter: (a, b) => a.answered - b.answered },
    { title: t('anColRight'), dataIndex: 'right', width: 64, align: 'right', sorter: (a, b) => a.right - b.right },
    { title: t('anStrongest'), key: 'strongest', render: (_, c) => <StandingTags list={c.strongest} color="green" /> },
    { title: t('anWeakest'), key: 'weakest', render: (_, c) => <StandingTags list={c.weakest} color="volcano" /> },
  ];
  return (
    <Card title={t('anContestants')} data-testid="analysis-contestants">
      {answered.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('anNoWritten')} />
      ) : (
        <Table<ContestantAnalysis> size="small" rowKey="contestantId" dataSource={answered} columns={columns} scroll={{ x: 800 }} pagination={answered.length > 20 ? { pageSize: 20, showSizeChanger: true } : false} />
      )}
    </Card>
  );
}
