import { Form, Select, Switch } from 'antd';
import type { ResultVisibility, RoundKind } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { roundKindOf } from '../kinds/registry';
import { VISIBILITY_LABELS } from './visibility';

const item = { style: { flex: 1, minWidth: 220 } };

interface VisibilityOption {
  value: ResultVisibility;
  label: string;
  hint: string;
}

/** When contestants learn their results (三档, the kind's default when left empty), and strict blanks. */
export function ResultSettingsFields({ kind }: { kind: RoundKind }) {
  const t = useT();
  const kindDefault = t(VISIBILITY_LABELS[roundKindOf(kind).defaultVisibility]);
  return (
    <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
      <Form.Item name={['settings', 'resultVisibility']} label={t('resultVisibility')} extra={t('resultVisibilityHint')} {...item}>
        <Select<ResultVisibility, VisibilityOption>
          allowClear
          placeholder={t('visibilityDefault', { label: kindDefault })}
          data-testid="result-visibility"
          optionRender={(option) => (
            <div>
              <div>{option.label}</div>
              <div style={{ fontSize: 12, color: '#888', whiteSpace: 'normal' }}>{option.data.hint}</div>
            </div>
          )}
          options={[
            { value: 'immediately', label: t('visibilityImmediately'), hint: t('visibilityImmediatelyHint') },
            { value: 'after-close', label: t('visibilityAfterClose'), hint: t('visibilityAfterCloseHint') },
            { value: 'after-round', label: t('visibilityAfterRound'), hint: t('visibilityAfterRoundHint') },
          ]}
        />
      </Form.Item>
      <Form.Item name={['settings', 'strict']} label={t('strictLabel')} extra={t('strictHint')} valuePropName="checked" {...item}>
        <Switch data-testid="strict-switch" />
      </Form.Item>
    </div>
  );
}
