import { type LiveView, QUESTION_TYPE_LABELS } from '@jingsai/domain';
import { formatRevealed } from '../../../components/format-revealed';
import { useFitText } from '../../../components/use-fit-text';
import { useBilingual, useT } from '../../../i18n/index';
import { ScreenCountdown } from './screen-countdown';

export function QuestionPanel({ live, clockOffset }: { live: LiveView; clockOffset: number }) {
  const t = useT();
  const pick = useBilingual();
  const question = live.question;
  const { ref, scale } = useFitText<HTMLDivElement>(`${question?.id}:${t('appName')}`);
  const finished = live.status === 'finished' || live.status === 'archived';
  // A finished contest shows that it is over, not its last question.
  if (finished || live.phase === 'waiting' || !question) {
    return (
      <div className="screen-panel screen-question">
        <div className="screen-waiting" data-testid={finished ? 'screen-finished' : undefined}>
          {finished ? t('screenFinished') : t('waitingScreen')}
        </div>
      </div>
    );
  }
  return (
    <div className="screen-panel screen-question" data-testid="screen-question">
      <div className="screen-question-top">
        <div className="screen-question-meta">
          {live.questionPosition !== null && <span>{t('questionN', { n: live.questionPosition })}</span>}
          <span className="tag">{pick(QUESTION_TYPE_LABELS[question.type])}</span>
          <span>
            {question.points} {t('points')}
          </span>
        </div>
        {live.phase === 'open' ? (
          <ScreenCountdown openedAt={live.openedAt} deadline={live.deadline} pausedAt={live.pausedAt} clockOffset={clockOffset} />
        ) : (
          <div className="screen-closed">{t('questionClosed')}</div>
        )}
      </div>
      <div className="screen-stem" ref={ref} style={{ fontSize: `${3.6 * scale}vh` }}>
        {question.stem}
        {question.options && question.options.length > 0 && (
          <div className="screen-options">
            {question.options.map((o) => (
              <div className="screen-option" key={o.key} style={{ fontSize: `${2.9 * scale}vh` }}>
                <b>{o.key}</b>
                {o.text}
              </div>
            ))}
          </div>
        )}
      </div>
      {live.revealed && live.revealed.questionId === question.id && (
        <div className="screen-revealed" data-testid="screen-revealed">
          <div className="screen-revealed-answer">
            {t(live.revealed.type === 'short' ? 'referenceAnswer' : 'revealedAnswer')}：{formatRevealed(live.revealed, t)}
          </div>
          {live.revealed.explanation && (
            <div className="screen-revealed-explanation">
              {t('explanation')}：{live.revealed.explanation}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
