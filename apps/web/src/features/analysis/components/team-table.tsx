import { Card, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AnalysisReport, TagStanding, TeamAnalysis } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { pct } from '../utils/analysis-format';

export function StandingTags({ list, color }: { list: TagStanding[]; color: string }) {
  return (
    <Space size={[2, 2]} wrap>
      {list.map((s) => (
        <Tag key={s.tag} color={color} style={{ marginInlineEnd: 0 }}>
          {s.tag} {pct(s.share)}
        </Tag>
      ))}
    </Space>
  );
}

/** Each team: rank and score as on the board, points per round, strongest and weakest knowledge points. */
export function TeamTable({ report }: { report: AnalysisReport }) {
  const t = useT();
  const rounds = report.rounds.filter((r) => !r.tieBreak);
  const columns: ColumnsType<TeamAnalysis> = [
    { title: t('anRank'), dataIndex: 'rank', width: 70, sorter: (a, b) => a.rank - b.rank, defaultSortOrder: 'ascend' },
    { title: t('anTeam'), dataIndex: 'name', width: 150 },
    ...(report.groups.length ? [{ title: t('anGroup'), dataIndex: 'group', width: 90 }] : []),
    { title: t('anTotal'), dataIndex: 'score', width: 80, align: 'right', sorter: (a, b) => a.score - b.score },
    ...rounds.map(
      (round): ColumnsType<TeamAnalysis>[number] => ({
        title: round.title,
        key: round.id,
        width: 110,
        align: 'right',
        sorter: (a, b) => (a.byRound[round.id] ?? 0) - (b.byRound[round.id] ?? 0),
        render: (_, team) => team.byRound[round.id] ?? 0,
      }),
    ),
    { title: t('anStrongest'), key: 'strongest', render: (_, team) => <StandingTags list={team.strongest} color="green" /> },
    { title: t('anWeakest'), key: 'weakest', render: (_, team) => <StandingTags list={team.weakest} color="volcano" /> },
  ];
  return (
    <Card title={t('anTeams')} data-testid="analysis-teams">
      <Table<TeamAnalysis>
        size="small"
        rowKey="teamId"
        dataSource={report.teams}
        columns={columns}
        scroll={{ x: 900 }}
        pagination={report.teams.length > 25 ? { pageSize: 25 } : false}
      />
    </Card>
  );
}
