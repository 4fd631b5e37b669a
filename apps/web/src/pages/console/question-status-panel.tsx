import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useQuestionStatus } from '../../api/live-control-hooks';
import type { QuestionStatus } from '../../api/types';
import { useT } from '../../i18n';

type BuzzRow = QuestionStatus['buzzOrder'][number];
type StakeRow = QuestionStatus['stakes'][number];

interface Props {
  roundId: string;
  questionId: string;
  roundKind: string;
  open: boolean;
}

/** Who answered the current question and who has not; the buzz order (抢答) or the stakes (风险). */
export function QuestionStatusPanel({ roundId, questionId, roundKind, open }: Props) {
  const t = useT();
  const status = useQuestionStatus({ roundId, questionId }, open);
  if (status.isError) return <Alert type="warning" showIcon message={status.error.message} />;
  const data = status.data;
  if (!data) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="question-status">
      <AnswerProgress status={data} />
      {roundKind === 'buzzer' && (
        <>
          <Typography.Text strong>{t('buzzOrder')}</Typography.Text>
          <BuzzTable rows={data.buzzOrder} />
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
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <Typography.Text strong>
        {t('answeredCount', { n: status.answered.length, total: status.answered.length + status.waiting.length })}
      </Typography.Text>
      <Space wrap size={[4, 4]} data-testid="answered-teams">
        {status.answered.map((a) => (
          <Tag key={a.teamId} color="green" title={new Date(a.lastAt).toLocaleTimeString()}>
            ✓ {a.teamName}
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

function BuzzTable({ rows }: { rows: BuzzRow[] }) {
  const t = useT();
  return (
    <Table<BuzzRow>
      size="small"
      rowKey="teamId"
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('noBuzzes') }}
      data-testid="buzz-order"
      columns={[
        { title: t('rank'), dataIndex: 'rank', width: 60, render: (rank: number | null) => rank ?? '—' },
        { title: t('teamName'), dataIndex: 'teamName' },
        { title: t('buzzTime'), dataIndex: 'at', render: (at: string) => formatTime(at) },
        {
          title: '',
          dataIndex: 'falseStart',
          width: 90,
          render: (falseStart: boolean) => (falseStart ? <Tag color="red">{t('falseStart')}</Tag> : null),
        },
      ]}
    />
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

/** hh:mm:ss.mmm: buzzes are often within the same second. */
function formatTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}
