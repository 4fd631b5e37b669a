import { Tag } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { QUESTION_TYPE_LABELS, type Question } from '@jingsai/domain';
import type { ReactNode } from 'react';
import { useBilingual, useT } from '../../../i18n/index';

/** The key as the host reads it out: the option letters with their text, √/×, each blank, or the reference answer. */
function answerText(question: Question, t: ReturnType<typeof useT>): ReactNode {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const keys = question.type === 'single' ? [question.answer] : question.answer;
      return keys.map((key) => `${key}. ${question.options.find((o) => o.key === key)?.text ?? ''}`).join('；') || '—';
    }
    case 'truefalse':
      return question.answer === null ? '—' : question.answer ? t('trueLabel') : t('falseLabel');
    case 'blank':
      return question.blanks.map((variants, i) => `(${i + 1}) ${variants.join(' / ')}`).join('  ') || '—';
    case 'short':
      return question.reference || '—';
    default:
      return '—';
  }
}

interface Props {
  question: Question;
  /** "第 3 题" and the round, when known. */
  label?: string;
  /** Compact: the next question's preview. */
  compact?: boolean;
  extra?: ReactNode;
}

/** A question on the host's tablet: stem, options, the key and the explanation (解析) to announce. */
export function HostQuestion({ question, label, compact = false, extra }: Props) {
  const t = useT();
  const pick = useBilingual();
  const options = question.type === 'single' || question.type === 'multiple' ? question.options : [];
  return (
    <div className={`host-question${compact ? ' compact' : ''}`} data-testid={compact ? 'host-upcoming' : 'host-current'}>
      <div className="host-question-meta">
        {label && <span className="host-question-label">{label}</span>}
        <Tag color="blue">{pick(QUESTION_TYPE_LABELS[question.type])}</Tag>
        <Tag>
          {question.points} {t('points')}
        </Tag>
        {extra}
      </div>
      <div className="host-stem">{question.stem}</div>
      {!compact && options.length > 0 && (
        <div className="host-options">
          {options.map((o) => (
            <div key={o.key}>
              <b>{o.key}.</b> {o.text}
            </div>
          ))}
        </div>
      )}
      <div className="host-answer" data-testid={compact ? 'host-upcoming-answer' : 'host-answer'}>
        <CheckCircleFilled className="host-answer-icon" />
        <span className="host-answer-label">{t(question.type === 'short' ? 'referenceAnswer' : 'revealedAnswer')}：</span>
        {answerText(question, t)}
      </div>
      {!compact && question.type === 'short' && question.keyPoints.length > 0 && (
        <div className="host-explanation">
          {t('keyPoints')}：{question.keyPoints.join('；')}
        </div>
      )}
      {!compact && question.explanation && (
        <div className="host-explanation" data-testid="host-explanation">
          {t('explanation')}：{question.explanation}
        </div>
      )}
    </div>
  );
}
