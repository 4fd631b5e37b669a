import { Alert, Button, Card, Form, Input, List, Space, Tabs, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { type ImportSummary, QUESTION_TYPES, QUESTION_TYPE_LABELS } from '@jingsai/domain';
import { ApiError, errorMessage } from '../../../lib/api-client';
import type { ImportInput } from '../api/import-bank';
import { useBilingual, useT } from '../../../i18n/index';
import { FormatGuide } from './format-guide';
import type { ImportSession } from '../hooks/use-import-session';

interface PasteForm {
  name: string;
  content: string;
}

/** The left-hand import form: a file or pasted text, previewed in the right-hand pane or imported at once. */
export function ImportPanel({ session }: { session: ImportSession }) {
  const t = useT();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [name, setName] = useState('');
  const fileInput = (): ImportInput | null => {
    const raw = file?.originFileObj;
    return raw ? { file: raw, name: name.trim() || undefined } : null;
  };
  const withFile = (run: (input: ImportInput) => Promise<void>) => () => {
    const input = fileInput();
    if (input) void run(input);
  };
  const pasteForm = Form.useForm<PasteForm>()[0];
  const pasted = (run: (input: ImportInput) => Promise<void>) => () => void pasteForm.validateFields().then((values) => run(values));
  return (
    <Card title={t('importBank')}>
      <Tabs
        items={[
          {
            key: 'file',
            label: t('uploadTab'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Input placeholder={t('bankName')} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
                <Upload
                  accept=".txt,.md,.docx,.xlsx,.csv,.tsv,.json"
                  maxCount={1}
                  beforeUpload={() => false}
                  fileList={file ? [file] : []}
                  onChange={(info) => setFile(info.fileList[info.fileList.length - 1] ?? null)}
                >
                  <Button icon={<UploadOutlined />}>{t('uploadFile')}</Button>
                </Upload>
                <Space>
                  <Button disabled={!file} loading={session.pending} onClick={withFile(session.preview)} data-testid="import-preview">
                    {t('importPreview')}
                  </Button>
                  <Button type="primary" disabled={!file} loading={session.pending} onClick={withFile(session.importNow)} data-testid="file-import">
                    {t('importNow')}
                  </Button>
                </Space>
                <FormatGuide />
              </Space>
            ),
          },
          {
            key: 'paste',
            label: t('pasteText'),
            children: (
              <Form<PasteForm> form={pasteForm} layout="vertical" onFinish={(values) => void session.importNow(values)}>
                <Form.Item name="name" label={t('bankName')} rules={[{ required: true, message: t('required') }]}>
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name="content" rules={[{ required: true, message: t('required') }]}>
                  <Input.TextArea rows={8} placeholder={t('pasteText')} data-testid="paste-content" />
                </Form.Item>
                <Space style={{ marginBottom: 12 }}>
                  <Button loading={session.pending} onClick={pasted(session.preview)} data-testid="paste-preview">
                    {t('importPreview')}
                  </Button>
                  <Button type="primary" htmlType="submit" loading={session.pending} data-testid="paste-import">
                    {t('importNow')}
                  </Button>
                </Space>
                <FormatGuide />
              </Form>
            ),
          },
        ]}
      />
      {session.stage.kind === 'idle' && session.error ? <ImportErrors error={session.error} /> : null}
      {session.done && <ImportDone summary={session.done} />}
    </Card>
  );
}

/** What the last import did: a new bank, a replacement or a merge, and its warnings. */
function ImportDone({ summary }: { summary: ImportSummary }) {
  const t = useT();
  const pick = useBilingual();
  const byType = QUESTION_TYPES.filter((type) => summary.byType[type] > 0)
    .map((type) => `${pick(QUESTION_TYPE_LABELS[type])} ${summary.byType[type]}`)
    .join(' · ');
  const message =
    summary.action === 'replaced'
      ? t('doneReplaced', { name: summary.name, n: summary.imported })
      : summary.action === 'merged'
        ? t('doneMerged', { name: summary.name, n: summary.imported, m: summary.skipped })
        : t('imported', { n: summary.imported });
  return (
    <div style={{ marginTop: 16 }} data-testid="import-report">
      <Alert
        type="success"
        showIcon
        message={message}
        description={
          <>
            <div>{byType}</div>
            {summary.drafts > 0 && <div>{t('drafts', { n: summary.drafts })}</div>}
          </>
        }
      />
      {summary.warnings.length > 0 && <IssueList title={`${t('warnings')} (${summary.warnings.length})`} issues={summary.warnings} />}
    </div>
  );
}

function ImportErrors({ error }: { error: unknown }) {
  const t = useT();
  const issues = error instanceof ApiError ? (error.body?.errors ?? []) : [];
  return (
    <div style={{ marginTop: 16 }} data-testid="import-errors">
      <Alert type="error" showIcon message={errorMessage(error)} />
      {issues.length > 0 && <IssueList title={t('errors')} issues={issues} />}
    </div>
  );
}

function IssueList({ title, issues }: { title: string; issues: { line: number; message: string }[] }) {
  const t = useT();
  const pick = useBilingual();
  return (
    <List
      size="small"
      header={<b>{title}</b>}
      dataSource={issues}
      style={{ maxHeight: 240, overflow: 'auto', marginTop: 8 }}
      renderItem={(issue) => (
        <List.Item>
          {issue.line > 0 ? `${t('lineNo', { n: issue.line })}：` : ''}
          {pick(issue.message)}
        </List.Item>
      )}
    />
  );
}
