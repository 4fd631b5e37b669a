import { Typography } from 'antd';
import type { Question } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

/** The answer key of a question, compact, for the organizer's tables. */
export function AnswerKey({ question }: { question: Question }) {
  const t = useT();
  switch (question.type) {
    case 'single':
      return <b>{question.answer || '—'}</b>;
    case 'multiple':
      return <b>{question.answer.join('') || '—'}</b>;
    case 'truefalse':
      return <b>{question.answer === null ? '—' : question.answer ? t('trueLabel') : t('falseLabel')}</b>;
    case 'blank':
      return <span>{question.blanks.map((b) => b.join(' | ')).join('；') || '—'}</span>;
    case 'short':
      return (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: question.reference }} style={{ margin: 0 }}>
          {question.reference || '—'}
        </Typography.Paragraph>
      );
    default:
      return null;
  }
}
