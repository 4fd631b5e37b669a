import { Button, Form, Input, InputNumber, Select, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from '@jingsai/domain';
import { useBilingual, useT } from '../../../../i18n/index';

const item = { style: { flex: 1, minWidth: 160 } };

/** Written rounds: 个人试卷 — draw rules (type / category / count), personal minutes, option shuffling. */
export function PaperDrawFields() {
  const t = useT();
  const enabled = Form.useWatch<boolean | undefined>(['settings', 'paperEnabled']);
  return (
    <div data-testid="paper-settings">
      <Form.Item name={['settings', 'paperEnabled']} label={t('paperMode')} tooltip={t('paperModeHint')} valuePropName="checked">
        <Switch data-testid="paper-enabled" />
      </Form.Item>
      {enabled && (
        <>
          <DrawRows />
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            <Form.Item name={['settings', 'paperMinutes']} label={t('paperMinutes')} rules={[{ required: true, message: t('required') }]} {...item}>
              <InputNumber min={1} max={600} style={{ width: '100%' }} data-testid="paper-minutes" />
            </Form.Item>
            <Form.Item name={['settings', 'paperShuffle']} label={t('paperShuffle')} valuePropName="checked" {...item}>
              <Switch />
            </Form.Item>
          </div>
        </>
      )}
    </div>
  );
}

function DrawRows() {
  const t = useT();
  const pick = useBilingual();
  return (
    <Form.List
      name={['settings', 'paperDraw']}
      rules={[{ validator: (_, rows: unknown[] | undefined) => (rows && rows.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('paperDrawNeeded')))) }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div style={{ marginBottom: 12 }}>
          <div style={{ marginBottom: 8, fontWeight: 500 }}>{t('paperDraw')}</div>
          {fields.map((field) => (
            <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start', flexWrap: 'wrap' }}>
              <Form.Item name={[field.name, 'type']} style={{ width: 140, marginBottom: 8 }}>
                <Select allowClear placeholder={t('paperAnyType')} options={QUESTION_TYPES.map((type) => ({ value: type, label: pick(QUESTION_TYPE_LABELS[type]) }))} />
              </Form.Item>
              <Form.Item name={[field.name, 'category']} style={{ flex: 1, minWidth: 160, marginBottom: 8 }}>
                <Input placeholder={t('paperAnyCategory')} maxLength={200} />
              </Form.Item>
              <Form.Item name={[field.name, 'count']} rules={[{ required: true, message: t('required') }]} style={{ width: 120, marginBottom: 8 }}>
                <InputNumber min={1} max={500} precision={0} placeholder={t('paperCount')} style={{ width: '100%' }} />
              </Form.Item>
              <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} disabled={fields.length <= 1} aria-label={t('remove')} />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ count: 5 })}>
            {t('paperAddRule')}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
