import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { QUESTION_TYPES, QUESTION_TYPE_LABELS, type QuestionType, type StoredQuestion } from '@jingsai/domain';
import { useBankQuestions } from '../api/get-bank-questions';
import { ErrorAlert } from '../../../components/error-alert';
import { QuestionTypeTag } from '../../../components/question-type-tag';
import { useBilingual, useT } from '../../../i18n/index';
import { AnswerKey } from '../../questions/components/answer-key';
import { QuestionEditModal } from '../../questions/components/question-edit-modal';

export function BankQuestionsTable({ bankId }: { bankId: string }) {
  const t = useT();
  const pick = useBilingual();
  const [type, setType] = useState<QuestionType>();
  const [search, setSearch] = useState('');
  const questions = useBankQuestions(bankId, type, search);
  const [editing, setEditing] = useState<StoredQuestion | null>(null);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select<QuestionType | 'all'>
          style={{ width: 160 }}
          value={type ?? 'all'}
          onChange={(v) => setType(v === 'all' ? undefined : v)}
          options={[{ value: 'all', label: t('all') }, ...QUESTION_TYPES.map((q) => ({ value: q, label: pick(QUESTION_TYPE_LABELS[q]) }))]}
          aria-label={t('type')}
        />
        <Input.Search allowClear placeholder={t('search')} style={{ width: 260 }} onSearch={setSearch} />
      </Space>
      {questions.isError && <ErrorAlert error={questions.error} onRetry={() => void questions.refetch()} />}
      <Table<StoredQuestion>
        size="small"
        rowKey="id"
        loading={questions.isFetching}
        dataSource={questions.data ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        expandable={{
          expandedRowRender: (q) => (
            <div>
              {q.type === 'single' || q.type === 'multiple'
                ? q.options.map((o) => (
                    <div key={o.key}>
                      <b>{o.key}.</b> {o.text}
                    </div>
                  ))
                : null}
              {q.type === 'short' && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{q.reference}</Typography.Paragraph>}
              {q.explanation && <Typography.Paragraph type="secondary">{q.explanation}</Typography.Paragraph>}
            </div>
          ),
        }}
        columns={[
          { title: t('type'), dataIndex: 'type', width: 110, render: (v: QuestionType) => <QuestionTypeTag type={v} /> },
          {
            title: t('stem'),
            dataIndex: 'stem',
            render: (s: string, q) => (
              <>
                {q.draft && <Tag color="red">{t('draft')}</Tag>}
                {s}
              </>
            ),
          },
          { title: t('answer'), key: 'answer', width: 220, render: (_: unknown, q) => <AnswerKey question={q} /> },
          { title: t('score'), dataIndex: 'points', width: 64 },
          { title: t('source'), key: 'source', width: 80, render: (_: unknown, q) => (q.source ? `${t('line')} ${q.source.line}` : '—') },
          {
            title: '',
            key: 'edit',
            width: 80,
            render: (_: unknown, q) => (
              <Button size="small" type={q.draft ? 'primary' : 'link'} danger={q.draft} icon={<EditOutlined />} onClick={() => setEditing(q)} data-testid={`edit-question-${q.id}`}>
                {t('edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && <QuestionEditModal key={editing.id} question={editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}
