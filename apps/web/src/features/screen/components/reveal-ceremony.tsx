import type { LeaderboardRow } from '@jingsai/domain';
import { TrophyFilled } from '@ant-design/icons';
import { useT } from '../../../i18n/index';

const STEP_MS = 700;

/** 揭晓: after a freeze, the final ranking is revealed from the last place up to the champion. */
export function RevealCeremony({ rows, onDone }: { rows: LeaderboardRow[]; onDone: () => void }) {
  const t = useT();
  const sorted = [...rows].sort((a, b) => a.rank - b.rank);
  const count = sorted.length;
  return (
    <div className="screen-ceremony" data-testid="reveal-ceremony" onClick={onDone} role="presentation">
      <div className="screen-ceremony-title">
        <TrophyFilled className="screen-icon" />
        {t('finalRanking')}
      </div>
      <ol className="screen-ceremony-list">
        {sorted.map((row, i) => (
          <li
            key={row.teamId}
            className={`screen-ceremony-row${row.rank <= 3 ? ` medal-${row.rank}` : ''}`}
            // The last place appears first, the champion last.
            style={{ animationDelay: `${(count - 1 - i) * STEP_MS}ms` }}
            data-testid="ceremony-row"
          >
            <span className="screen-ceremony-rank">{row.rank}</span>
            <span className="screen-ceremony-name">{row.teamName}</span>
            <span className="screen-ceremony-score">{row.score}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** How long the whole reveal takes to play, so the screen can keep it up a while after. */
export function ceremonyDurationMs(rows: number): number {
  return rows * STEP_MS + 800;
}
