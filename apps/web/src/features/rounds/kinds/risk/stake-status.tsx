import { Table, Typography } from 'antd';
import type { QuestionStatus } from '@jingsai/domain';
import { useT } from '../../../../i18n/index';

type StakeRow = QuestionStatus['stakes'][number];

/** The console's question status of a risk round: each team's stake. */
export function StakeStatus({ status }: { status: QuestionStatus }) {
  const t = useT();
  return (
    <>
      <Typography.Text strong>{t('stakesPlaced')}</Typography.Text>
      <Table<StakeRow>
        size="small"
        rowKey="teamId"
        dataSource={status.stakes}
        pagination={false}
        locale={{ emptyText: t('noStakes') }}
        data-testid="stakes"
        columns={[
          { title: t('teamName'), dataIndex: 'teamName' },
          { title: t('stake'), dataIndex: 'points', width: 90, render: (p: number) => <b>{p}</b> },
        ]}
      />
    </>
  );
}
