import { Alert, Button, Card, Form, Input, List, Space, Tabs, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { useImportBank, type ImportInput } from '../../api/staff-hooks';
import type { ImportSummary } from '../../api/types';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from '@jingsai/domain';
import { useBilingual, useT } from '../../i18n';

interface PasteForm {
  name: string;
  content: string;
}

export function ImportPanel({ onImported }: { onImported: (bankId: string) => void }) {
  const t = useT();
  const importBank = useImportBank();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [name, setName] = useState('');
  // What was last previewed, so "confirm" imports exactly that.
  const [previewed, setPreviewed] = useState<ImportInput | null>(null);
  const run = (input: ImportInput) =>
    importBank.mutate(input, {
      onSuccess: (summary: ImportSummary) => {
        if (summary.dryRun) setPreviewed(input);
        else {
          setPreviewed(null);
          if (summary.bankId) onImported(summary.bankId);
        }
      },
    });
  const fileInput = (): ImportInput | null => {
    const raw = file?.originFileObj;
    return raw ? { file: raw, name: name.trim() || undefined } : null;
  };
  const uploadNow = (dryRun: boolean) => {
    const input = fileInput();
    if (input) run({ ...input, dryRun });
  };
  const pasteForm = Form.useForm<PasteForm>()[0];
  return (
    <Card title={t('importBank')}>
      <Tabs
        items={[
          {
            key: 'file',
            label: t('uploadFile'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Input placeholder={t('bankName')} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
                <Upload
                  accept=".txt,.docx,.xlsx,.json,.md"
                  maxCount={1}
                  beforeUpload={() => false}
                  fileList={file ? [file] : []}
                  onChange={(info) => setFile(info.fileList[info.fileList.length - 1] ?? null)}
                >
                  <Button icon={<UploadOutlined />}>{t('uploadFile')}</Button>
                </Upload>
                <Space>
                  <Button disabled={!file} loading={importBank.isPending} onClick={() => uploadNow(true)} data-testid="import-preview">
                    {t('importPreview')}
                  </Button>
                  <Button type="primary" disabled={!file} loading={importBank.isPending} onClick={() => uploadNow(false)}>
                    {t('importNow')}
                  </Button>
                </Space>
              </Space>
            ),
          },
          {
            key: 'paste',
            label: t('pasteText'),
            children: (
              <Form<PasteForm> form={pasteForm} layout="vertical" onFinish={(values) => run(values)}>
                <Form.Item name="name" label={t('bankName')} rules={[{ required: true, message: t('required') }]}>
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name="content" rules={[{ required: true, message: t('required') }]}>
                  <Input.TextArea rows={8} placeholder={t('pasteText')} />
                </Form.Item>
                <Space>
                  <Button loading={importBank.isPending} onClick={() => void pasteForm.validateFields().then((values) => run({ ...values, dryRun: true }))}>
                    {t('importPreview')}
                  </Button>
                  <Button type="primary" htmlType="submit" loading={importBank.isPending}>
                    {t('importNow')}
                  </Button>
                </Space>
              </Form>
            ),
          },
        ]}
      />
      {importBank.isError && <ImportErrors error={importBank.error} />}
      {importBank.data && (
        <ImportReport
          summary={importBank.data}
          onConfirm={previewed && importBank.data.dryRun ? () => run({ ...previewed, dryRun: false }) : undefined}
          confirming={importBank.isPending}
        />
      )}
    </Card>
  );
}

/** The parse report: counts, drafts, warnings by line; for a preview, the drafts to fix and a confirm button. */
function ImportReport({ summary, onConfirm, confirming }: { summary: ImportSummary; onConfirm?: () => void; confirming: boolean }) {
  const t = useT();
  const pick = useBilingual();
  const byType = QUESTION_TYPES.filter((type) => summary.byType[type] > 0)
    .map((type) => `${pick(QUESTION_TYPE_LABELS[type])} ${summary.byType[type]}`)
    .join(' · ');
  const drafts = (summary.questions ?? []).filter((q) => q.draft);
  return (
    <div style={{ marginTop: 16 }} data-testid="import-report">
      <Alert
        type={summary.dryRun ? 'info' : 'success'}
        showIcon
        message={summary.dryRun ? t('previewed', { n: summary.imported }) : t('imported', { n: summary.imported })}
        description={
          <>
            <div>{byType}</div>
            {summary.drafts > 0 && <div>{summary.dryRun ? t('previewDrafts', { n: summary.drafts }) : t('drafts', { n: summary.drafts })}</div>}
          </>
        }
        action={
          onConfirm && (
            <Button type="primary" loading={confirming} onClick={onConfirm} data-testid="import-confirm">
              {t('importConfirm')}
            </Button>
          )
        }
      />
      {drafts.length > 0 && (
        <IssueList title={t('draftQuestions')} issues={drafts.map((q) => ({ line: q.source?.line ?? 0, message: q.stem.slice(0, 80) }))} />
      )}
      {summary.warnings.length > 0 && <IssueList title={`${t('warnings')} (${summary.warnings.length})`} issues={summary.warnings} />}
    </div>
  );
}

function ImportErrors({ error }: { error: Error }) {
  const t = useT();
  const issues = error instanceof ApiError ? (error.body?.errors ?? []) : [];
  return (
    <div style={{ marginTop: 16 }}>
      <Alert type="error" showIcon message={errorMessage(error)} />
      {issues.length > 0 && <IssueList title={t('errors')} issues={issues} />}
    </div>
  );
}

function IssueList({ title, issues }: { title: string; issues: { line: number; message: string }[] }) {
  const t = useT();
  return (
    <List
      size="small"
      header={<b>{title}</b>}
      dataSource={issues}
      style={{ maxHeight: 240, overflow: 'auto', marginTop: 8 }}
      renderItem={(issue) => (
        <List.Item>
          {issue.line > 0 ? `${t('line')} ${issue.line}: ` : ''}
          {issue.message}
        </List.Item>
      )}
    />
  );
}
