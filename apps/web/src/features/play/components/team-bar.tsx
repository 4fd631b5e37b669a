import { Button, Tooltip } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import type { LeaderboardRow } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

interface Props {
  teamName: string;
  memberName: string;
  row: LeaderboardRow | undefined;
  /** Shows the member's PIN again. */
  onShowPin?: () => void;
}

/** The team's name, the member, the team's place and score (from the public board). */
export function TeamBar({ teamName, memberName, row, onShowPin }: Props) {
  const t = useT();
  return (
    <div className="play-team">
      <div>
        <div className="play-team-name">{row?.teamName ?? teamName}</div>
        <div style={{ color: '#667', fontSize: 13 }}>
          {memberName}
          {row && ` · ${t('teamRank')} ${row.rank}`}
          {onShowPin && (
            <Tooltip title={t('showPin')}>
              <Button type="link" size="small" icon={<KeyOutlined />} onClick={onShowPin} aria-label={t('showPin')} data-testid="show-pin" style={{ paddingInline: 4 }} />
            </Tooltip>
          )}
        </div>
      </div>
      <div style={{ textAlign: 'right' }}>
        <div style={{ color: '#667', fontSize: 12 }}>{t('teamScore')}</div>
        <div className="play-team-score" data-testid="team-score">
          {row?.score ?? '—'}
        </div>
      </div>
    </div>
  );
}
