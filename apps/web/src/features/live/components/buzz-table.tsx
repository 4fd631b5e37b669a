import { Table, Tag } from 'antd';
import type { LiveBuzzState } from '@jingsai/domain';
import { formatClock, formatOffset } from '../../../components/buzz-format';
import { useT } from '../../../i18n/index';

interface BuzzRow {
  teamId: string;
  teamName: string;
  rank: number | null;
  at: string | null;
  offsetMs: number | null;
  falseStart: boolean;
}

function rowsOf(buzz: LiveBuzzState): BuzzRow[] {
  return [
    ...buzz.order.map((o) => ({ teamId: o.teamId, teamName: o.teamName, rank: o.rank, at: o.at, offsetMs: o.offsetMs, falseStart: false })),
    ...buzz.falseStarts.map((f) => ({ teamId: `${f.teamId}:false`, teamName: f.teamName, rank: null, at: null, offsetMs: null, falseStart: true })),
  ];
}

/** 抢答 order as it happens: place, team, time of the first and "+0.031 s" after it, who holds the right to answer, who was wrong. */
export function BuzzTable({ buzz }: { buzz: LiveBuzzState }) {
  const t = useT();
  return (
    <Table<BuzzRow>
      size="small"
      rowKey="teamId"
      dataSource={rowsOf(buzz)}
      pagination={false}
      locale={{ emptyText: t('noBuzzes') }}
      data-testid="buzz-order"
      columns={[
        { title: t('rank'), dataIndex: 'rank', width: 60, render: (rank: number | null) => rank ?? '—' },
        { title: t('teamName'), dataIndex: 'teamName' },
        {
          title: t('buzzTime'),
          key: 'time',
          render: (_: unknown, row) => (row.at === null ? '—' : row.rank === 1 ? formatClock(row.at) : formatOffset(row.offsetMs ?? 0)),
        },
        {
          title: '',
          key: 'state',
          width: 110,
          render: (_: unknown, row) => {
            if (row.falseStart) return <Tag color="red">{t('falseStart')}</Tag>;
            if (buzz.holderTeamId === row.teamId) return <Tag color="green">{t('holdsTurn')}</Tag>;
            if (buzz.wrongTeamIds.includes(row.teamId)) return <Tag color="orange">{t('answeredWrong')}</Tag>;
            return null;
          },
        },
      ]}
    />
  );
}
