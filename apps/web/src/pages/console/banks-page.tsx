import { Card, Col, Empty, List, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useBanks } from '../../api/staff-hooks';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n';
import { BankQuestionsTable } from './bank-questions-table';
import { ImportPanel } from './import-panel';

export function BanksPage() {
  const t = useT();
  const banks = useBanks();
  const [selected, setSelected] = useState<string>();
  useEffect(() => {
    if (!selected && banks.data?.length) setSelected(banks.data[0].id);
  }, [selected, banks.data]);
  const bank = banks.data?.find((b) => b.id === selected);
  return (
    <Row gutter={16}>
      <Col xs={24} lg={8}>
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
                extra={<Typography.Text type="secondary">{b.questionCount}</Typography.Text>}
              >
                <List.Item.Meta title={b.name} description={b.sourceFile ?? new Date(b.createdAt).toLocaleString()} />
              </List.Item>
            )}
          />
        </Card>
        <ImportPanel onImported={setSelected} />
      </Col>
      <Col xs={24} lg={16}>
        <Card title={bank ? `${bank.name} · ${t('questionCount')} ${bank.questionCount}` : t('questions')}>
          {selected ? <BankQuestionsTable bankId={selected} /> : <Empty description={t('noData')} />}
        </Card>
      </Col>
    </Row>
  );
}
