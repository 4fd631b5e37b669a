import { Card, Col, Empty, List, Row, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useBanks } from '../api/get-banks';
import { ErrorAlert } from '../../../components/error-alert';
import { useDateFormat } from '../../../components/format-date';
import { useT } from '../../../i18n/index';
import { BankActions } from './bank-actions';
import { BankQuestionsTable } from './bank-questions-table';
import { ColumnMappingForm } from './column-mapping';
import { ImportPanel } from './import-panel';
import { ImportPreview } from './import-preview';
import { useImportSession } from '../hooks/use-import-session';

export function BanksPage() {
  const t = useT();
  const dates = useDateFormat();
  const banks = useBanks();
  const [selected, setSelected] = useState<string>();
  useEffect(() => {
    if (!selected && banks.data?.length) setSelected(banks.data[0].id);
  }, [selected, banks.data]);
  const bank = banks.data?.find((b) => b.id === selected);
  const session = useImportSession(setSelected);
  const stage = session.stage;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={stage.kind === 'idle' ? 8 : 7}>
        <Card title={t('banks')} style={{ marginBottom: 16 }}>
          {banks.isError && <ErrorAlert error={banks.error} onRetry={() => void banks.refetch()} />}
          <List
            loading={banks.isLoading}
            dataSource={banks.data ?? []}
            locale={{ emptyText: <Empty description={t('noData')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
            renderItem={(b) => (
              <List.Item
                onClick={() => setSelected(b.id)}
                style={{ cursor: 'pointer', background: b.id === selected ? '#e8f0fe' : undefined, paddingInline: 12, borderRadius: 6 }}
                extra={
                  <Space size={4}>
                    <Typography.Text type="secondary">{b.questionCount}</Typography.Text>
                    <BankActions bank={b} onDeleted={() => setSelected(undefined)} />
                  </Space>
                }
              >
                <List.Item.Meta title={b.name} description={<span data-testid="bank-source">{[b.sourceFile ? t('importedFrom', { file: fileName(b.sourceFile) }) : null, dates.dateTime(b.createdAt)].filter(Boolean).join(' · ')}</span>} />
              </List.Item>
            )}
          />
        </Card>
        <ImportPanel session={session} />
      </Col>
      <Col xs={24} lg={stage.kind === 'idle' ? 16 : 17}>
        {/* While importing, the right pane shows the import, not the previously selected bank. */}
        {stage.kind === 'preview' ? (
          <ImportPreview
            key={stage.summary.name + stage.summary.imported}
            summary={stage.summary}
            remembered={stage.remembered}
            asked={stage.asked}
            onEditMapping={stage.header ? session.editMapping : undefined}
            onConfirm={(choice) => void session.confirm(choice)}
            onClose={session.close}
            pending={session.pending}
            error={session.error}
          />
        ) : stage.kind === 'mapping' ? (
          <ColumnMappingForm header={stage.header} initial={stage.initial} onApply={(m) => void session.applyMapping(m)} onClose={session.close} pending={session.pending} />
        ) : (
          <Card title={bank ? `${bank.name} · ${t('questionCount')} ${bank.questionCount}` : t('questions')}>
            {selected ? <BankQuestionsTable bankId={selected} /> : <Empty description={t('noData')} />}
          </Card>
        )}
      </Col>
    </Row>
  );
}

/** The file's own name: users never see a server or upload path. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
