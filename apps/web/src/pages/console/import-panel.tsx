import { Alert, Button, Card, Form, Input, List, Space, Tabs, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { useImportBank } from '../../api/staff-hooks';
import type { ImportSummary } from '../../api/types';
import { useT } from '../../i18n';

interface PasteForm {
  name: string;
  content: string;
}

export function ImportPanel({ onImported }: { onImported: (bankId: string) => void }) {
  const t = useT();
  const importBank = useImportBank();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [name, setName] = useState('');
  const onSuccess = (summary: ImportSummary) => onImported(summary.bankId);
  const uploadNow = () => {
    const raw = file?.originFileObj;
    if (raw) importBank.mutate({ file: raw, name: name.trim() || undefined }, { onSuccess });
  };
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
                <Button type="primary" disabled={!file} loading={importBank.isPending} onClick={uploadNow}>
                  {t('importNow')}
                </Button>
              </Space>
            ),
          },
          {
            key: 'paste',
            label: t('pasteText'),
            children: (
              <Form<PasteForm> layout="vertical" onFinish={(values) => importBank.mutate(values, { onSuccess })}>
                <Form.Item name="name" label={t('bankName')} rules={[{ required: true, message: t('required') }]}>
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name="content" rules={[{ required: true, message: t('required') }]}>
                  <Input.TextArea rows={8} placeholder={t('pasteText')} />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={importBank.isPending}>
                  {t('importNow')}
                </Button>
              </Form>
            ),
          },
        ]}
      />
      {importBank.isError && <ImportErrors error={importBank.error} />}
      {importBank.data && <ImportReport summary={importBank.data} />}
    </Card>
  );
}

function ImportReport({ summary }: { summary: ImportSummary }) {
  const t = useT();
  return (
    <div style={{ marginTop: 16 }} data-testid="import-report">
      <Alert
        type="success"
        showIcon
        message={t('imported', { n: summary.imported })}
        description={summary.drafts > 0 ? t('drafts', { n: summary.drafts }) : undefined}
      />
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
