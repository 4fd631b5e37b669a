import type { Leaderboard } from '@jingsai/domain';
import { useT } from '../../i18n';

type Groups = NonNullable<Leaderboard['groups']>;

export function GroupTotals({ groups }: { groups: Groups }) {
  const t = useT();
  return (
    <div className="screen-panel">
      <div className="screen-panel-title">{t('groupTotals')}</div>
      <div className="screen-groups">
        {[...groups]
          .sort((a, b) => a.rank - b.rank)
          .map((g) => (
            <div className="screen-group" key={g.group}>
              <span className="screen-group-rank">{g.rank}</span>
              <span className="screen-group-name">{g.group}</span>
              <span className="screen-group-score">{g.score}</span>
            </div>
          ))}
      </div>
    </div>
  );
}
