import { AuditOutlined } from '@ant-design/icons';
import type { Leaderboard, LiveView } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

/** 申诉处理中 beside each team with an open appeal (the live view names them only when the organizer chose so). */
export function AppealsOpenBadge({ live, board }: { live: LiveView; board: Leaderboard }) {
  const t = useT();
  const open = new Set(live.appealsOpen ?? []);
  const teams = board.rows.filter((row) => open.has(row.teamId));
  if (teams.length === 0) return null;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1vh 1vw', marginTop: '1.2vh' }} data-testid="screen-appeals-open">
      {teams.map((row) => (
        <span
          key={row.teamId}
          style={{ display: 'inline-flex', alignItems: 'center', gap: '0.6vw', padding: '0.6vh 1vw', borderRadius: '1vh', fontSize: '2.4vh', fontWeight: 700, color: '#0b1a36', background: '#ffd666' }}
        >
          <AuditOutlined />
          {row.teamName}
          <span style={{ fontWeight: 500 }}>{t('screenAppealsOpen')}</span>
        </span>
      ))}
    </div>
  );
}
