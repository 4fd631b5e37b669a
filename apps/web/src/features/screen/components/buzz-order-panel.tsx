import type { LiveBuzzState } from '@jingsai/domain';
import { formatOffset } from '../../../components/buzz-format';
import { useT } from '../../../i18n/index';

/** 抢答 on the big screen, as it happens: the order with "+0.031 s" after the first, who holds the right to answer, false starts. */
export function BuzzOrderPanel({ buzz }: { buzz: LiveBuzzState }) {
  const t = useT();
  return (
    <div className="screen-panel screen-buzz" data-testid="screen-buzz">
      <div className="screen-panel-title">{t('buzzOrder')}</div>
      {buzz.order.length === 0 && buzz.falseStarts.length === 0 && <div className="screen-buzz-empty">{t('screenBuzzWaiting')}</div>}
      {buzz.order.map((entry) => {
        const holder = buzz.holderTeamId === entry.teamId;
        const passed = buzz.wrongTeamIds.includes(entry.teamId);
        return (
          <div key={entry.teamId} className={`screen-buzz-row${holder ? ' holder' : ''}${passed ? ' passed' : ''}`} data-testid="screen-buzz-row">
            <span className="screen-buzz-rank">{entry.rank}</span>
            <span className="screen-buzz-name">{entry.teamName}</span>
            <span className="screen-buzz-offset">{entry.rank === 1 ? t('screenBuzzFirst') : formatOffset(entry.offsetMs)}</span>
            {holder && <span className="screen-buzz-tag">{t('holdsTurn')}</span>}
            {passed && <span className="screen-buzz-tag passed">{t('screenPassed')}</span>}
          </div>
        );
      })}
      {buzz.falseStarts.map((f) => (
        <div key={`false-${f.teamId}`} className="screen-buzz-row passed">
          <span className="screen-buzz-rank">!</span>
          <span className="screen-buzz-name">{f.teamName}</span>
          <span className="screen-buzz-tag passed">{t('falseStart')}</span>
        </div>
      ))}
    </div>
  );
}
