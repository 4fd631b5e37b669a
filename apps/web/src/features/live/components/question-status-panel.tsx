import { Alert, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-client';
import { useQuestionStatus } from '../api/get-question-status';
import { useDateFormat } from '../../../components/format-date';
import type { LiveBuzzState, QuestionStatus } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { BuzzTable } from './buzz-table';

type StakeRow = QuestionStatus['stakes'][number];

/** The buzz state from the status route, for when the live view has none (an older server). */
function buzzFromStatus(status: QuestionStatus): LiveBuzzState {
  const valid = status.buzzOrder.filter((b) => !b.falseStart && b.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const first = valid[0] ? new Date(valid[0].at).getTime() : 0;
  return {
    order: valid.map((b) => ({ teamId: b.teamId, teamName: b.teamName, rank: b.rank ?? 0, at: b.at, offsetMs: new Date(b.at).getTime() - first })),
    falseStarts: status.buzzOrder.filter((b) => b.falseStart).map((b) => ({ teamId: b.teamId, teamName: b.teamName })),
    holderTeamId: null,
    wrongTeamIds: [],
  };
}

interface Props {
  roundId: string;
  questionId: string;
  roundKind: string;
  open: boolean;
  /** The live view's buzz state (order with offsets, holder), pushed as it happens. */
  buzz?: LiveBuzzState | null;
}

/** Who answered the current question and who has not; the buzz order (抢答) or the stakes (风险). */
export function QuestionStatusPanel({ roundId, questionId, roundKind, open, buzz }: Props) {
  const t = useT();
  const status = useQuestionStatus({ roundId, questionId }, open);
  if (status.isError) return <Alert type="warning" showIcon message={errorMessage(status.error)} />;
  const data = status.data;
  if (!data) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="question-status">
      <AnswerProgress status={data} />
      {roundKind === 'buzzer' && (
        <>
          <Typography.Text strong>{t('buzzOrder')}</Typography.Text>
          <BuzzTable buzz={buzz ?? buzzFromStatus(data)} />
        </>
      )}
      {roundKind === 'risk' && (
        <>
          <Typography.Text strong>{t('stakesPlaced')}</Typography.Text>
          <StakeTable rows={data.stakes} />
        </>
      )}
    </Space>
  );
}

function AnswerProgress({ status }: { status: QuestionStatus }) {
  const t = useT();
  const dates = useDateFormat();
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <Typography.Text strong>
        {t('answeredCount', { n: status.answered.length, total: status.answered.length + status.waiting.length })}
      </Typography.Text>
      <Space wrap size={[4, 4]} data-testid="answered-teams">
        {status.answered.map((a) => (
          <Tag key={a.teamId} color="green" icon={<CheckOutlined />} title={dates.time(a.lastAt)}>
            {a.teamName}
            {a.contestants > 1 ? ` ×${a.contestants}` : ''}
          </Tag>
        ))}
      </Space>
      {status.waiting.length > 0 && (
        <Space wrap size={[4, 4]} data-testid="waiting-teams">
          <Typography.Text type="secondary">{t('notAnswered')}:</Typography.Text>
          {status.waiting.map((w) => (
            <Tag key={w.teamId}>{w.teamName}</Tag>
          ))}
        </Space>
      )}
    </Space>
  );
}

function StakeTable({ rows }: { rows: StakeRow[] }) {
  const t = useT();
  return (
    <Table<StakeRow>
      size="small"
      rowKey="teamId"
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('noStakes') }}
      data-testid="stakes"
      columns={[
        { title: t('teamName'), dataIndex: 'teamName' },
        { title: t('stake'), dataIndex: 'points', width: 90, render: (p: number) => <b>{p}</b> },
      ]}
    />
  );
}
