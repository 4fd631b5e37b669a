import { Alert, Space, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-client';
import { useQuestionStatus } from '../api/get-question-status';
import { useDateFormat } from '../../../components/format-date';
import type { LiveBuzzState, QuestionStatus } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { roundKindOf } from '../../rounds/kinds/registry';

interface Props {
  roundId: string;
  questionId: string;
  roundKind: string;
  open: boolean;
  /** The live view's buzz state (order with offsets, holder), pushed as it happens. */
  buzz?: LiveBuzzState | null;
}

/** Who answered the current question and who has not; then the kind's own piece (the buzz order, the stakes). */
export function QuestionStatusPanel({ roundId, questionId, roundKind, open, buzz }: Props) {
  const status = useQuestionStatus({ roundId, questionId }, open);
  const KindPanel = roundKindOf(roundKind).ConsolePanel;
  if (status.isError) return <Alert type="warning" showIcon message={errorMessage(status.error)} />;
  const data = status.data;
  if (!data) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="question-status">
      <AnswerProgress status={data} />
      {KindPanel && <KindPanel status={data} buzz={buzz} />}
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
