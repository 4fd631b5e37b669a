import { Alert, Button, Card, List, Radio, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { type DuplicateAction, type ImportSummary, LAYOUT_LABELS, QUESTION_TYPES, QUESTION_TYPE_LABELS, type Question, type QuestionReport } from '@jingsai/domain';
import { errorMessage } from '../../../lib/api-client';
import { QuestionTypeTag } from '../../../components/question-type-tag';
import { useBilingual, useT } from '../../../i18n/index';
import { AnswerKey } from '../../questions/components/answer-key';

interface Row {
  index: number;
  question: Question;
  report?: QuestionReport;
}

/** The layout a question was read in, as tags: file format, numbering, options, where the answer was. */
function LayoutTags({ report }: { report?: QuestionReport }) {
  const pick = useBilingual();
  if (!report) return null;
  const { layout } = report;
  const answerColor = layout.answer === 'none' ? 'red' : layout.answer === 'key' ? 'geekblue' : layout.answer === 'stem' ? 'green' : layout.answer === 'mark' ? 'volcano' : 'blue';
  return (
    <Space size={[0, 4]} wrap data-testid="layout-tags">
      <Tag>{pick(LAYOUT_LABELS.format[layout.format])}</Tag>
      {layout.numbering && <Tag>{pick(LAYOUT_LABELS.numbering[layout.numbering])}</Tag>}
      {layout.options && <Tag>{pick(LAYOUT_LABELS.options[layout.options])}</Tag>}
      <Tag color={answerColor}>{pick(LAYOUT_LABELS.answer[layout.answer])}</Tag>
    </Space>
  );
}

function Issues({ issues }: { issues: { line: number; message: string }[] }) {
  const t = useT();
  const pick = useBilingual();
  if (issues.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }} data-testid="question-warnings">
      {issues.map((w, i) => (
        <li key={i}>
          <Typography.Text type="danger">
            {w.line > 0 ? `${t('lineNo', { n: w.line })}：` : ''}
            {pick(w.message)}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

function DuplicateChoice({
  summary,
  value,
  onChange,
}: {
  summary: ImportSummary;
  value: { action: DuplicateAction; targetBankId: string } | null;
  onChange: (v: { action: DuplicateAction; targetBankId: string }) => void;
}) {
  const t = useT();
  const targetId = value?.targetBankId ?? summary.duplicates.find((d) => d.sameName)?.bankId ?? summary.duplicates[0].bankId;
  const target = summary.duplicates.find((d) => d.bankId === targetId) ?? summary.duplicates[0];
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="duplicate-choice"
      message={t('duplicateTitle')}
      description={
        <Space direction="vertical">
          {summary.duplicates.length > 1 && (
            <Space>
              {t('duplicateTarget')}
              <Select
                style={{ minWidth: 240 }}
                value={targetId}
                onChange={(id) => onChange({ action: value?.action ?? 'keep', targetBankId: id })}
                options={summary.duplicates.map((d) => ({ value: d.bankId, label: `${d.name}（${d.questionCount}）` }))}
              />
            </Space>
          )}
          <div>
            <b>{target.name}</b>{' '}
            {target.sameName && <Tag>{t('duplicateSameName')}</Tag>}
            {target.sameContent && <Tag>{t('duplicateSameContent')}</Tag>}
            <Typography.Text type="secondary">
              {t('questionCount')} {target.questionCount}
            </Typography.Text>
          </div>
          <Radio.Group value={value?.action} onChange={(e) => onChange({ action: e.target.value as DuplicateAction, targetBankId: target.bankId })}>
            <Space direction="vertical">
              <Radio value="replace" disabled={target.usedByRounds > 0}>
                {t('duplicateReplace', { name: target.name })}
                {target.usedByRounds > 0 && <Typography.Text type="danger">（{t('duplicateInUse', { n: target.usedByRounds })}）</Typography.Text>}
              </Radio>
              <Radio value="merge">{t('duplicateMerge', { name: target.name, n: target.newQuestions })}</Radio>
              <Radio value="keep">{t('duplicateKeep')}</Radio>
            </Space>
          </Radio.Group>
        </Space>
      }
    />
  );
}

/** The right-hand pane while importing: every parsed question with its layout and warnings, then confirm. */
export function ImportPreview({
  summary,
  remembered,
  asked,
  onEditMapping,
  onConfirm,
  onClose,
  pending,
  error,
}: {
  summary: ImportSummary;
  remembered: boolean;
  asked: boolean;
  onEditMapping?: () => void;
  onConfirm: (choice: { action: DuplicateAction; targetBankId?: string } | null) => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
}) {
  const t = useT();
  const pick = useBilingual();
  const [onlyWarnings, setOnlyWarnings] = useState(false);
  const [choice, setChoice] = useState<{ action: DuplicateAction; targetBankId: string } | null>(null);
  const rows = useMemo<Row[]>(() => (summary.questions ?? []).map((question, index) => ({ index, question, report: summary.reports?.[index] })), [summary]);
  const shown = onlyWarnings ? rows.filter((r) => (r.report?.warnings.length ?? 0) > 0 || r.question.draft) : rows;
  // Warnings about no one question: skipped prose, key lines that match nothing, numbering gaps.
  const own = new Set(rows.flatMap((r) => r.report?.warnings ?? []).map((w) => `${w.line}\u0000${w.message}`));
  const other = summary.warnings.filter((w) => !own.has(`${w.line}\u0000${w.message}`));
  const byType = QUESTION_TYPES.filter((type) => summary.byType[type] > 0)
    .map((type) => `${pick(QUESTION_TYPE_LABELS[type])} ${summary.byType[type]}`)
    .join(' · ');
  const needsChoice = summary.duplicates.length > 0;
  return (
    <Card
      title={t('importPreviewTitle', { name: summary.name })}
      extra={<Button onClick={onClose}>{t('closePreview')}</Button>}
      data-testid="import-preview-pane"
    >
      {asked && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('duplicateAsked')} />}
      {remembered && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="mapping-remembered"
          message={t('mappingRemembered')}
          action={onEditMapping && <Button size="small" onClick={onEditMapping}>{t('mappingEdit')}</Button>}
        />
      )}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message={t('previewed', { n: summary.imported })}
        description={
          <>
            <div>{byType}</div>
            {summary.drafts > 0 && <div>{t('previewDrafts', { n: summary.drafts })}</div>}
            {summary.warnings.length > 0 && <div>{`${t('warnings')}: ${summary.warnings.length}`}</div>}
          </>
        }
      />
      {needsChoice && <DuplicateChoice summary={summary} value={choice} onChange={setChoice} />}
      {error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={errorMessage(error)} data-testid="import-error" /> : null}
      <Space style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          loading={pending}
          disabled={needsChoice && !choice}
          title={needsChoice && !choice ? t('duplicateChoose') : undefined}
          onClick={() => onConfirm(choice)}
          data-testid="import-confirm"
        >
          {t('importConfirm')}
        </Button>
        <Switch checked={onlyWarnings} onChange={setOnlyWarnings} /> {t('onlyWithWarnings')}
      </Space>
      <Table<Row>
        size="small"
        rowKey="index"
        dataSource={shown}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 900 }}
        data-testid="import-preview-table"
        columns={[
          { title: '#', width: 44, render: (_, r) => r.index + 1 },
          { title: t('line'), width: 52, render: (_, r) => r.question.source?.line ?? '' },
          {
            title: t('type'),
            width: 84,
            render: (_, r) => (
              <Space size={0} direction="vertical">
                <QuestionTypeTag type={r.question.type} />
                {r.question.draft && <Tag color="red">{t('draft')}</Tag>}
              </Space>
            ),
          },
          {
            // Warnings sit under the stem they are about, where the eye already is.
            title: `${t('stemColumn')} / ${t('warningsColumn')}`,
            render: (_, r) => (
              <>
                <div style={{ whiteSpace: 'pre-wrap' }}>{r.question.stem}</div>
                <Issues issues={r.report?.warnings ?? []} />
              </>
            ),
          },
          {
            title: t('optionsColumn'),
            width: 150,
            render: (_, r) =>
              r.question.type === 'single' || r.question.type === 'multiple' ? (
                <div style={{ fontSize: 12 }}>
                  {r.question.options.map((o) => (
                    <div key={o.key}>
                      {o.key}. {o.text}
                    </div>
                  ))}
                </div>
              ) : null,
          },
          { title: t('answerColumn'), width: 100, render: (_, r) => <AnswerKey question={r.question} /> },
          { title: t('layoutColumn'), width: 150, render: (_, r) => <LayoutTags report={r.report} /> },
        ]}
      />
      {other.length > 0 && (
        <List
          size="small"
          header={<b>{t('otherWarnings')}</b>}
          dataSource={other}
          style={{ marginTop: 12 }}
          data-testid="other-warnings"
          renderItem={(w) => (
            <List.Item>
              {w.line > 0 ? `${t('lineNo', { n: w.line })}：` : ''}
              {pick(w.message)}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
