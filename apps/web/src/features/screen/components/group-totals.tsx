import type { GroupScoreMode, Leaderboard } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

type Groups = NonNullable<Leaderboard['groups']>;

/** Group totals: the mean of each group's teams (so a group of two does not start at twice a group of one), or the sum. */
export function GroupTotals({ groups, mode }: { groups: Groups; mode: GroupScoreMode }) {
  const t = useT();
  return (
    <div className="screen-panel" data-testid="group-totals">
      <div className="screen-panel-title">{t(mode === 'mean' ? 'groupMeans' : 'groupTotals')}</div>
      <div className="screen-groups">
        {[...groups]
          .sort((a, b) => a.rank - b.rank)
          .map((g) => (
            <div className="screen-group" key={g.group}>
              <span className="screen-group-rank">{g.rank}</span>
              {/* The name above its team count: side by side, a narrow card cut the name to one character. */}
              <span className="screen-group-label">
                <span className="screen-group-name">{g.group}</span>
                <span className="screen-group-teams">{t('groupTeams', { n: g.teams })}</span>
              </span>
              <span className="screen-group-score">{g.score}</span>
            </div>
          ))}
      </div>
    </div>
  );
}
