import { Form, Select } from 'antd';
import { useT, type MessageKey } from '../../../i18n/index';

interface Props {
  /** The field under `settings`. */
  name: string;
  label: MessageKey;
  hint: MessageKey;
  defaultText: MessageKey;
  invalidText: MessageKey;
  /** The values that are not acceptable tiers. */
  invalid: (values: (string | number)[]) => string[];
  testId: string;
}

/** Tiers typed as tags (风险 stakes, 速答 shares): at least one, at most ten, each acceptable. */
export function TierTagsField({ name, label, hint, defaultText, invalidText, invalid, testId }: Props) {
  const t = useT();
  return (
    <Form.Item
      name={['settings', name]}
      label={t(label)}
      tooltip={t(hint)}
      extra={t(defaultText)}
      style={{ flex: 2, minWidth: 240 }}
      rules={[
        {
          validator: (_, v: (string | number)[] | undefined) => {
            if (!v || v.length === 0) return Promise.reject(new Error(t('required')));
            if (v.length > 10) return Promise.reject(new Error(t('stakeTiersMax')));
            const bad = invalid(v);
            return bad.length ? Promise.reject(new Error(`${t(invalidText)}: ${bad.join(', ')}`)) : Promise.resolve();
          },
        },
      ]}
    >
      <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} data-testid={testId} />
    </Form.Item>
  );
}
