import { Button, Input, Space } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import type { AnswerValue, PublicQuestion } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

interface Props {
  question: PublicQuestion;
  value: AnswerValue | null;
  onChange: (value: AnswerValue) => void;
  disabled: boolean;
}

const BIG = { height: 'auto', minHeight: 56, padding: '12px 16px', fontSize: 18, whiteSpace: 'normal', textAlign: 'left', justifyContent: 'flex-start' } as const;
/** A disabled antd button loses its "primary" look: keep the picked answer visible after submitting. */
const PICKED_LOCKED = { background: '#1d5fd6', borderColor: '#1d5fd6', color: '#fff', opacity: 0.8 } as const;

function optionStyle(picked: boolean, disabled: boolean) {
  return picked && disabled ? { ...BIG, ...PICKED_LOCKED } : BIG;
}

/** The answer control for each question type, sized for thumbs. */
export function AnswerInput({ question, value, onChange, disabled }: Props) {
  const t = useT();
  switch (question.type) {
    case 'single':
      return (
        <Space direction="vertical" style={{ width: '100%' }} size={10}>
          {(question.options ?? []).map((o) => (
            <Button key={o.key} block size="large" disabled={disabled} type={value === o.key ? 'primary' : 'default'} style={optionStyle(value === o.key, disabled)} onClick={() => onChange(o.key)} data-testid={`option-${o.key}`}>
              <b style={{ marginRight: 8 }}>{o.key}.</b> {o.text}
            </Button>
          ))}
        </Space>
      );
    case 'multiple': {
      const picked = Array.isArray(value) ? value : [];
      const toggle = (k: string) => onChange(picked.includes(k) ? picked.filter((x) => x !== k) : [...picked, k].sort());
      return (
        <Space direction="vertical" style={{ width: '100%' }} size={10}>
          {(question.options ?? []).map((o) => (
            <Button key={o.key} block size="large" disabled={disabled} type={picked.includes(o.key) ? 'primary' : 'default'} style={optionStyle(picked.includes(o.key), disabled)} onClick={() => toggle(o.key)} icon={picked.includes(o.key) ? <CheckOutlined /> : undefined} data-testid={`option-${o.key}`}>
              <b style={{ marginRight: 8 }}>{o.key}.</b> {o.text}
            </Button>
          ))}
        </Space>
      );
    }
    case 'truefalse':
      return (
        <div style={{ display: 'flex', gap: 12 }}>
          {[true, false].map((v) => (
            <Button
              key={String(v)}
              size="large"
              disabled={disabled}
              type={value === v ? 'primary' : 'default'}
              danger={!v && value === v}
              icon={v ? <CheckOutlined /> : <CloseOutlined />}
              style={{ flex: 1, height: 88, fontSize: 28, ...(value === v && disabled ? PICKED_LOCKED : {}) }}
              onClick={() => onChange(v)}
              data-testid={`tf-${v}`}
            >
              {v ? t('trueLabel') : t('falseLabel')}
            </Button>
          ))}
        </div>
      );
    case 'blank': {
      const count = Math.max(1, question.blankCount ?? 1);
      const blanks = Array.isArray(value) ? value : [];
      return (
        <Space direction="vertical" style={{ width: '100%' }} size={10}>
          {Array.from({ length: count }, (_, i) => (
            <Input
              key={i}
              size="large"
              disabled={disabled}
              prefix={<span style={{ color: '#8c8c8c', marginInlineEnd: 4 }}>{t('blankN', { n: i + 1 })}</span>}
              value={blanks[i] ?? ''}
              maxLength={200}
              onChange={(e) => {
                const next = Array.from({ length: count }, (_, j) => blanks[j] ?? '');
                next[i] = e.target.value;
                onChange(next);
              }}
              data-testid={`blank-${i}`}
            />
          ))}
        </Space>
      );
    }
    case 'short':
      return (
        <Input.TextArea
          rows={6}
          disabled={disabled}
          value={typeof value === 'string' ? value : ''}
          placeholder={t('shortPlaceholder')}
          maxLength={5000}
          showCount
          style={{ fontSize: 17 }}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    default:
      return null;
  }
}

/** Whether an answer is complete enough to submit. */
export function isAnswerReady(question: PublicQuestion, value: AnswerValue | null): boolean {
  if (value === null) return false;
  switch (question.type) {
    case 'single':
      return typeof value === 'string' && value !== '';
    case 'multiple':
      return Array.isArray(value) && value.length > 0;
    case 'truefalse':
      return typeof value === 'boolean';
    case 'blank':
      return Array.isArray(value) && value.some((v) => v.trim() !== '');
    case 'short':
      return typeof value === 'string' && value.trim() !== '';
    default:
      return false;
  }
}
