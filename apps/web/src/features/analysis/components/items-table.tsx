import { Card, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { AnalysisReport, ReportQuestion } from '@jingsai/domain';
import { QuestionTypeTag } from '../../../components/question-type-tag';
import { useT } from '../../../i18n/index';
import { byNumber, FLAG_COLOR, FLAG_TEXT, fixed2, pct } from '../utils/analysis-format';
import { roundTitles } from '../utils/analysis-rows';
import { OptionBarsChart } from './option-bars-chart';

const count = (key: keyof ReportQuestion) => (a: ReportQuestion, b: ReportQuestion) => Number(a[key]) - Number(b[key]);

/** Every question: counts, facility, discrimination, time, judges' spread and flags; a choice question opens into its option bars. */
export function ItemsTable({ report }: { report: AnalysisReport }) {
  const t = useT();
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const rounds = useMemo(() => roundTitles(report), [report]);
  const rows = flaggedOnly ? report.questions.filter((q) => q.flags.length > 0) : report.questions;
  const columns: ColumnsType<ReportQuestion> = [
    { title: t('anColNo'), dataIndex: 'label', width: 64, sorter: (a, b) => report.questions.indexOf(a) - report.questions.indexOf(b), defaultSortOrder: 'ascend' },
    { title: t('anColRound'), key: 'round', width: 130, ellipsis: true, render: (_, q) => rounds.get(q.roundId) },
    { title: t('anColType'), dataIndex: 'type', width: 124, render: (type: ReportQuestion['type']) => <QuestionTypeTag type={type} /> },
    {
      title: t('anColStem'),
      dataIndex: 'stem',
      width: 280,
      ellipsis: { showTitle: false },
      render: (stem: string) => (
        <Tooltip title={stem} placement="topLeft">
          {stem}
        </Tooltip>
      ),
    },
    { title: t('anColTags'), dataIndex: 'tags', width: 130, render: (tags: string[]) => tags.join('、') },
    { title: t('anColAnswered'), dataIndex: 'answered', width: 112, align: 'right', sorter: count('answered') },
    { title: t('anColRight'), dataIndex: 'right', width: 76, align: 'right', sorter: count('right') },
    { title: t('anColPartial'), dataIndex: 'partial', width: 80, align: 'right', sorter: count('partial') },
    { title: t('anColWrong'), dataIndex: 'wrong', width: 80, align: 'right', sorter: count('wrong') },
    { title: t('anColTooLate'), dataIndex: 'tooLate', width: 90, align: 'right', sorter: count('tooLate') },
    { title: t('anColFacility'), dataIndex: 'facility', width: 92, align: 'right', sorter: byNumber((q) => q.facility), render: pct },
    { title: t('anColMeanShare'), dataIndex: 'meanShare', width: 104, align: 'right', sorter: byNumber((q) => q.meanShare), render: pct },
    { title: t('anColDiscrimination'), dataIndex: 'discrimination', width: 124, align: 'right', sorter: byNumber((q) => q.discrimination), render: fixed2 },
    {
      title: t('anColSeconds'),
      dataIndex: 'meanSeconds',
      width: 100,
      align: 'right',
      sorter: byNumber((q) => q.meanSeconds),
      render: (s: number | null) => (s === null ? '—' : t('anSecondsShort', { n: s.toFixed(1) })),
    },
    { title: t('anColJudgeSpread'), dataIndex: 'judgeSpread', width: 118, align: 'right', sorter: byNumber((q) => q.judgeSpread), render: (v: number | null) => v ?? '—' },
    {
      title: t('anColFlags'),
      dataIndex: 'flags',
      width: 170,
      sorter: (a, b) => a.flags.length - b.flags.length,
      render: (flags: ReportQuestion['flags']) => (
        <Space size={[2, 2]} wrap>
          {flags.map((flag) => (
            <Tag key={flag} color={FLAG_COLOR[flag]} style={{ marginInlineEnd: 0 }}>
              {t(FLAG_TEXT[flag])}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <Card
      title={t('anItems')}
      data-testid="analysis-items"
      extra={
        <Space>
          <Switch size="small" checked={flaggedOnly} onChange={setFlaggedOnly} data-testid="items-flagged-only" />
          <Typography.Text>{t('anOnlyFlagged')}</Typography.Text>
        </Space>
      }
    >
      <Table<ReportQuestion>
        size="small"
        rowKey="questionId"
        dataSource={rows}
        columns={columns}
        scroll={{ x: 1900 }}
        pagination={rows.length > 25 ? { pageSize: 25, showSizeChanger: true } : false}
        expandable={{
          rowExpandable: (q) => Boolean(q.options?.length),
          expandedRowRender: (q) => (
            <div style={{ maxWidth: 520 }}>
              <OptionBarsChart options={q.options ?? []} height={200} />
            </div>
          ),
        }}
      />
    </Card>
  );
}
