import { Alert, Button, Card, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { BANK_COLUMN_FIELDS, BANK_COLUMN_LABELS, type BankColumnField, type ColumnMapping, type UnknownHeader } from '@jingsai/domain';
import { useBilingual, useT } from '../../../i18n/index';

type Column = UnknownHeader['columns'][number];

/** A spreadsheet header the server did not know: the organizer says what each column holds. */
export function ColumnMappingForm({
  header,
  initial,
  onApply,
  onClose,
  pending,
}: {
  header: UnknownHeader;
  initial?: ColumnMapping;
  onApply: (mapping: ColumnMapping) => void;
  onClose: () => void;
  pending: boolean;
}) {
  const t = useT();
  const pick = useBilingual();
  const [mapping, setMapping] = useState<ColumnMapping>(() => initial ?? Object.fromEntries(header.columns.map((c) => [String(c.index), 'ignore' as BankColumnField])));
  const hasStem = Object.values(mapping).includes('stem');
  return (
    <Card title={t('mappingTitle')} extra={<Button onClick={onClose}>{t('closePreview')}</Button>} data-testid="column-mapping">
      <Typography.Paragraph type="secondary">
        {header.sheet} · {t('lineNo', { n: header.row })} · {t('mappingHint')}
      </Typography.Paragraph>
      <Table<Column>
        size="small"
        rowKey="index"
        pagination={false}
        dataSource={header.columns}
        columns={[
          { title: t('mappingColumn'), width: 64, dataIndex: 'index' },
          { title: t('mappingHeader'), width: 140, render: (_, c) => <b>{c.title || '—'}</b> },
          { title: t('mappingSample'), render: (_, c) => <Typography.Text type="secondary">{c.sample.filter(Boolean).join(' / ') || '—'}</Typography.Text> },
          {
            title: t('mappingField'),
            width: 240,
            render: (_, c) => (
              <Select<BankColumnField>
                style={{ width: '100%' }}
                value={mapping[String(c.index)] ?? 'ignore'}
                onChange={(field) => setMapping((m) => ({ ...m, [String(c.index)]: field }))}
                options={BANK_COLUMN_FIELDS.map((f) => ({ value: f, label: pick(BANK_COLUMN_LABELS[f]) }))}
                data-testid={`mapping-select-${c.index}`}
              />
            ),
          },
        ]}
      />
      {!hasStem && <Alert type="warning" showIcon style={{ marginTop: 12 }} message={t('mappingNeedsStem')} />}
      <Button type="primary" style={{ marginTop: 12 }} disabled={!hasStem} loading={pending} onClick={() => onApply(mapping)} data-testid="mapping-apply">
        {t('mappingApply')}
      </Button>
    </Card>
  );
}
