import { Empty, Input, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { QUESTION_TYPES, QUESTION_TYPE_LABELS, type QuestionType, type StoredQuestion } from '@jingsai/domain';
import { useBankQuestions } from '../../banks/api/get-bank-questions';
import { useBanks } from '../../banks/api/get-banks';
import { ErrorAlert } from '../../../components/error-alert';
import { QuestionTypeTag } from '../../../components/question-type-tag';
import { useBilingual, useT } from '../../../i18n/index';

interface Props {
  value: string[];
  onChange: (ids: string[]) => void;
}

/** Pick questions from a bank: bank select, type filter, search; selection survives filtering. */
export function QuestionPicker({ value, onChange }: Props) {
  const t = useT();
  const pick = useBilingual();
  const banks = useBanks();
  const [bankId, setBankId] = useState<string>();
  const [type, setType] = useState<QuestionType>();
  const [search, setSearch] = useState('');
  useEffect(() => {
    if (!bankId && banks.data?.length) setBankId(banks.data[0].id);
  }, [bankId, banks.data]);
  const questions = useBankQuestions(bankId, type, search);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {banks.isError && <ErrorAlert error={banks.error} />}
      {questions.isError && <ErrorAlert error={questions.error} />}
      <Space wrap>
        <Select
          style={{ width: 260 }}
          placeholder={t('bank')}
          loading={banks.isLoading}
          value={bankId}
          onChange={setBankId}
          options={(banks.data ?? []).map((b) => ({ value: b.id, label: `${b.name} (${b.questionCount})` }))}
        />
        <Select<QuestionType | 'all'>
          style={{ width: 150 }}
          value={type ?? 'all'}
          onChange={(v) => setType(v === 'all' ? undefined : v)}
          options={[{ value: 'all', label: t('all') }, ...QUESTION_TYPES.map((q) => ({ value: q, label: pick(QUESTION_TYPE_LABELS[q]) }))]}
        />
        <Input.Search allowClear placeholder={t('search')} style={{ width: 220 }} onSearch={setSearch} />
        <Typography.Text strong>{t('selectedCount', { n: value.length })}</Typography.Text>
      </Space>
      <Table<StoredQuestion>
        size="small"
        rowKey="id"
        loading={questions.isFetching}
        dataSource={questions.data ?? []}
        pagination={{ pageSize: 8, showSizeChanger: false }}
        locale={{ emptyText: <Empty description={t('noData')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        rowSelection={{
          selectedRowKeys: value,
          preserveSelectedRowKeys: true,
          onChange: (keys) => onChange(keys.map(String)),
          getCheckboxProps: (q) => ({ disabled: Boolean(q.draft) }),
        }}
        columns={[
          { title: t('type'), dataIndex: 'type', width: 110, render: (v: QuestionType) => <QuestionTypeTag type={v} /> },
          { title: t('stem'), dataIndex: 'stem', render: (s: string, q) => <Typography.Text>{q.draft ? `[${t('draft')}] ` : ''}{s}</Typography.Text> },
          { title: t('score'), dataIndex: 'points', width: 70 },
        ]}
      />
    </Space>
  );
}
