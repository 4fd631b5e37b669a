import { App, Button, Card, Collapse, Empty, Popconfirm, Space, Table, Tag, Typography, type TableColumnType } from 'antd';
import { PlayCircleOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ROUND_KIND_LABELS } from '@jingsai/domain';
import { errorMessage } from '../../api/client';
import { useQuestionControl } from '../../api/staff-hooks';
import type { ContestDetails, ContestRound, RoundQuestionState, StoredQuestion } from '../../api/types';
import { QuestionTypeTag } from '../../components/question-type-tag';
import { useBilingual, useT, type MessageKey } from '../../i18n';
import { AddRoundModal } from './add-round-modal';
import { PaperWindowControls } from './paper-window-controls';

const STATUS: Record<RoundQuestionState['status'], { key: MessageKey; color: string }> = {
  pending: { key: 'qPending', color: 'default' },
  open: { key: 'qOpen', color: 'green' },
  closed: { key: 'qClosed', color: 'blue' },
  revealed: { key: 'qClosed', color: 'purple' },
};

interface Props {
  contest: ContestDetails;
  questions: Map<string, StoredQuestion>;
}

export function RoundsPanel({ contest, questions }: Props) {
  const t = useT();
  const pick = useBilingual();
  const [adding, setAdding] = useState(false);
  const openRound = contest.rounds.find((r) => r.questions.some((q) => q.status === 'open'));
  return (
    <Card
      title={`${t('rounds')} (${contest.rounds.length})`}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('addRound')}
        </Button>
      }
    >
      {contest.rounds.length === 0 ? (
        <Empty description={t('noData')} />
      ) : (
        <Collapse
          defaultActiveKey={[openRound?.id ?? contest.rounds[0].id]}
          items={contest.rounds.map((round) => ({
            key: round.id,
            label: (
              <Space wrap>
                <b>{round.title}</b>
                <Tag>{pick(ROUND_KIND_LABELS[round.kind])}</Tag>
                {round.settings?.paper && <Tag color="geekblue">{t('paperMode')}</Tag>}
                {round.settings?.tieBreak && <Tag color="orange">{t('tieBreakRound')}</Tag>}
                {round.settings?.assignment === 'in-turn' && <Tag>{t('assignmentInTurn')}</Tag>}
                <Typography.Text type="secondary">
                  {round.questions.length} · {round.secondsPerQuestion}
                  {t('seconds')}
                </Typography.Text>
              </Space>
            ),
            children: (
              <>
                {round.settings?.paper && <PaperWindowControls contestId={contest.id} round={round} />}
                <RoundQuestions contestId={contest.id} round={round} questions={questions} />
              </>
            ),
          }))}
        />
      )}
      <AddRoundModal contestId={contest.id} teams={contest.teams} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}

function RoundQuestions({ contestId, round, questions }: { contestId: string; round: ContestRound; questions: Map<string, StoredQuestion> }) {
  const t = useT();
  const { message } = App.useApp();
  const control = useQuestionControl(contestId);
  const run = (questionId: string, action: 'open' | 'close') =>
    control.mutate({ roundId: round.id, questionId, action }, { onError: (error) => void message.error(errorMessage(error)) });
  const busy = (questionId: string) => control.isPending && control.variables?.questionId === questionId;
  const questionActions: TableColumnType<RoundQuestionState> = {
    title: '',
    key: 'actions',
    width: 190,
    render: (_: unknown, q) => (
      <Space>
        <Popconfirm title={t('openQuestion') + '?'} onConfirm={() => run(q.questionId, 'open')} disabled={q.status === 'open'}>
          <Button size="small" type="primary" icon={<PlayCircleOutlined />} disabled={q.status === 'open'} loading={busy(q.questionId) && control.variables?.action === 'open'} data-testid={`open-${q.position}`}>
            {t('openQuestion')}
          </Button>
        </Popconfirm>
        <Button size="small" danger icon={<StopOutlined />} disabled={q.status !== 'open'} onClick={() => run(q.questionId, 'close')} loading={busy(q.questionId) && control.variables?.action === 'close'}>
          {t('closeQuestion')}
        </Button>
      </Space>
    ),
  };
  return (
    <Table<RoundQuestionState>
      size="small"
      rowKey="questionId"
      dataSource={[...round.questions].sort((a, b) => a.position - b.position)}
      pagination={false}
      columns={[
        { title: '#', dataIndex: 'position', width: 48 },
        {
          title: t('type'),
          key: 'type',
          width: 110,
          render: (_: unknown, q) => {
            const question = questions.get(q.questionId);
            return question ? <QuestionTypeTag type={question.type} /> : null;
          },
        },
        {
          title: t('stem'),
          key: 'stem',
          render: (_: unknown, q) => (
            <Typography.Paragraph ellipsis={{ rows: 2, tooltip: questions.get(q.questionId)?.stem }} style={{ margin: 0 }}>
              {questions.get(q.questionId)?.stem ?? q.questionId}
            </Typography.Paragraph>
          ),
        },
        {
          title: t('status'),
          dataIndex: 'status',
          width: 90,
          render: (status: RoundQuestionState['status']) => <Tag color={STATUS[status].color}>{t(STATUS[status].key)}</Tag>,
        },
        ...(round.settings?.paper ? [] : [questionActions]),
      ]}
    />
  );
}
