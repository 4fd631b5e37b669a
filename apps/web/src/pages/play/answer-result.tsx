import { Alert } from 'antd';
import { useT } from '../../i18n';
import type { StoredAnswer } from './answer-store';

/** "已提交", then the result once graded; or the server's refusal. */
export function AnswerResult({ answer }: { answer: StoredAnswer }) {
  const t = useT();
  const style = { marginTop: 16 };
  if (answer.refusal) return <Alert type="error" showIcon message={answer.refusal} style={style} data-testid="result" />;
  const score = answer.score ?? 0;
  switch (answer.status) {
    case 'graded': {
      const partial = !answer.correct && score > 0;
      return (
        <Alert
          type={answer.correct ? 'success' : partial ? 'info' : 'warning'}
          showIcon
          message={answer.correct ? t('resultCorrect') : partial ? t('resultPartial') : t('resultWrong')}
          description={t('resultScore', { n: score })}
          style={style}
          data-testid="result"
        />
      );
    }
    case 'review':
      return <Alert type="info" showIcon message={t('submitted')} description={t('resultReview')} style={style} data-testid="result" />;
    case 'too_late':
      return <Alert type="error" showIcon message={t('resultTooLate')} style={style} data-testid="result" />;
    default:
      return <Alert type="info" showIcon message={t('submitted')} description={t('submittedWait')} style={style} data-testid="result" />;
  }
}
