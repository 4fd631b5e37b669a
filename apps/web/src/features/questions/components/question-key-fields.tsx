import { Checkbox, Form, Input, Radio, Select } from 'antd';
import type { StoredQuestion } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { blankCount } from '../utils/question-edit-form';

/** The answer key's fields for the question's type. */
export function QuestionKeyFields({ question }: { question: StoredQuestion }) {
  const t = useT();
  switch (question.type) {
    case 'single':
      return (
        <Form.Item name="single" label={t('answer')} rules={[{ required: true, message: t('required') }]}>
          <Select style={{ width: 200 }} options={question.options.map((o) => ({ value: o.key, label: `${o.key}. ${o.text}` }))} />
        </Form.Item>
      );
    case 'multiple':
      return (
        <Form.Item name="multiple" label={t('answer')} rules={[{ required: true, type: 'array', min: 1, message: t('required') }]}>
          <Checkbox.Group options={question.options.map((o) => ({ value: o.key, label: `${o.key}. ${o.text}` }))} />
        </Form.Item>
      );
    case 'truefalse':
      return (
        <Form.Item name="truefalse" label={t('answer')} rules={[{ required: true, message: t('required') }]}>
          <Radio.Group
            options={[
              { value: true, label: t('trueLabel') },
              { value: false, label: t('falseLabel') },
            ]}
          />
        </Form.Item>
      );
    case 'blank':
      return <BlankFields question={question} />;
    case 'short':
      return (
        <>
          <Form.Item name="reference" label={t('referenceAnswer')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
          <Form.Item name="keyPoints" label={t('keyPoints')} extra={t('keyPointsOnePerLine')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} data-testid="key-points" />
          </Form.Item>
        </>
      );
    default:
      return null;
  }
}

/** One input per blank of the stem; variants accepted for a blank are separated by `|`. */
function BlankFields({ question }: { question: StoredQuestion }) {
  const t = useT();
  const stem = Form.useWatch<string | undefined>('stem') ?? question.stem;
  const count = blankCount(question, stem);
  return (
    <Form.Item label={t('blankKeys')} tooltip={t('blankVariantsHint')} required>
      {Array.from({ length: count }, (_, i) => (
        <Form.Item key={i} name={['blanks', i]} rules={[{ required: true, whitespace: true, message: t('required') }]} style={{ marginBottom: 8 }}>
          <Input prefix={<span style={{ color: '#8c8c8c', marginInlineEnd: 4 }}>{t('blankN', { n: i + 1 })}</span>} placeholder={t('blankVariantsPlaceholder')} data-testid={`blank-${i}`} />
        </Form.Item>
      ))}
    </Form.Item>
  );
}
