import type { LiveStake } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

/** 风险题: each team's stake on the open question (shown once it opens). */
export function StakesPanel({ stakes }: { stakes: LiveStake[] }) {
  const t = useT();
  const sorted = [...stakes].sort((a, b) => b.points - a.points || a.teamName.localeCompare(b.teamName));
  return (
    <div className="screen-panel screen-stakes" data-testid="screen-stakes">
      <div className="screen-panel-title">{t('stakesPlaced')}</div>
      {sorted.length === 0 && <div className="screen-buzz-empty">{t('noStakes')}</div>}
      <div className="screen-stakes-grid">
        {sorted.map((s) => (
          <div key={s.teamId} className="screen-stake">
            <span className="screen-stake-name">{s.teamName}</span>
            <span className="screen-stake-points">{s.points}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
