import { Alert } from 'antd';
import { useBilingual, useT, type Translate } from '../../../i18n/index';
import type { StoredAnswer } from '../utils/answer-store';

/** "+20", "−20", "0": what the answer did to the team's score. */
export function formatPoints(points: number): string {
  return points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : '0';
}

function pointsLine(answer: StoredAnswer, t: Translate): string {
  const points = answer.points ?? answer.score ?? 0;
  return t('resultScore', { n: formatPoints(points) });
}

/** "已提交" (nothing more while the result is held back), then right/wrong and the points; or the server's refusal. */
export function AnswerResult({ answer }: { answer: StoredAnswer }) {
  const t = useT();
  const pick = useBilingual();
  const style = { marginTop: 16 };
  if (answer.refusal) return <Alert type="error" showIcon message={pick(answer.refusal)} style={style} data-testid="result" />;
  switch (answer.status) {
    case 'graded': {
      const score = answer.score ?? 0;
      const partial = !answer.correct && score > 0;
      return (
        <Alert
          type={answer.correct ? 'success' : partial ? 'info' : 'warning'}
          showIcon
          message={answer.correct ? t('resultCorrect') : partial ? t('resultPartial') : t('resultWrong')}
          description={pointsLine(answer, t)}
          style={style}
          data-testid="result"
        />
      );
    }
    case 'review':
      return <Alert type="info" showIcon message={t('submitted')} description={t('resultReview')} style={style} data-testid="result" />;
    case 'too_late':
      return <Alert type="error" showIcon message={t('resultTooLate')} style={style} data-testid="result" />;
    case 'submitted':
      return <Alert type="info" showIcon message={t('submitted')} description={t('submittedHeld')} style={style} data-testid="result" />;
    default:
      return <Alert type="info" showIcon message={t('submitted')} description={t('submittedWait')} style={style} data-testid="result" />;
  }
}
