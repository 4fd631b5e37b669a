import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { ContestQuestion, ContestRound, RoundQuestionState } from '@jingsai/domain';
import { QuestionTypeTag } from '../../../components/question-type-tag';
import { useT, type MessageKey } from '../../../i18n/index';
import { QuestionActions } from '../../questions/components/question-actions';
import { QuestionEditModal } from '../../questions/components/question-edit-modal';

const STATUS: Record<RoundQuestionState['status'], { key: MessageKey; color: string }> = {
  pending: { key: 'qPending', color: 'default' },
  open: { key: 'qOpen', color: 'green' },
  closed: { key: 'qClosed', color: 'blue' },
  revealed: { key: 'qRevealed', color: 'purple' },
};

interface Props {
  contestId: string;
  round: ContestRound;
  questions: Map<string, ContestQuestion>;
}

/** A round's questions as the contest plays them (its own copies), their state, live control and a fix inside the contest. */
export function RoundQuestions({ contestId, round, questions }: Props) {
  const t = useT();
  const [fixing, setFixing] = useState<ContestQuestion | null>(null);
  const paper = Boolean(round.settings?.paper);
  return (
    <>
      <Table<RoundQuestionState>
        size="small"
        rowKey="questionId"
        dataSource={[...round.questions].sort((a, b) => a.position - b.position)}
        pagination={false}
        columns={[
          { title: '#', dataIndex: 'position', width: 40 },
          {
            title: t('type'),
            key: 'type',
            width: 96,
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
            width: 84,
            render: (status: RoundQuestionState['status']) => <Tag color={STATUS[status].color}>{t(STATUS[status].key)}</Tag>,
          },
          {
            title: '',
            key: 'actions',
            width: paper ? 48 : 200,
            render: (_: unknown, q) => {
              const question = questions.get(q.questionId);
              return (
                <span style={{ display: 'inline-flex', gap: 4 }}>
                  {!paper && <QuestionActions contestId={contestId} roundId={round.id} question={q} />}
                  {question && (
                    <Tooltip title={t('fixQuestion')}>
                      <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('fixQuestion')} onClick={() => setFixing(question)} />
                    </Tooltip>
                  )}
                </span>
              );
            },
          },
        ]}
      />
      {fixing && <QuestionEditModal question={fixing} contestId={contestId} onClose={() => setFixing(null)} />}
    </>
  );
}
