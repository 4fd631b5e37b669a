import { TeamOutlined, WarningFilled, WifiOutlined } from '@ant-design/icons';
import type { Lobby } from '@jingsai/domain';
import { QrImage } from '../../../components/qr-image';
import { useT } from '../../../i18n/index';

/** 候场: before the contest starts, a large QR code and join link, and each team's members appearing as they join. */
export function ScreenLobby({ lobby }: { lobby: Lobby }) {
  const t = useT();
  const host = lobby.joinBase ? lobby.joinBase.replace(/^https?:\/\//, '') : null;
  return (
    <main className="screen-lobby" data-testid="screen-lobby">
      <section className="screen-lobby-join screen-panel">
        <div className="screen-panel-title">{t('lobbyScanToJoin')}</div>
        {lobby.joinUrl ? (
          <>
            <div className="screen-lobby-qr">
              <div className="screen-lobby-qr-frame">
                <QrImage value={lobby.joinUrl} size={520} testId="lobby-qr" />
              </div>
            </div>
            <div className="screen-lobby-url" data-testid="lobby-url">
              {host}/join
            </div>
            <div className="screen-lobby-hint">
              <WifiOutlined className="screen-icon" />
              {t('lobbyWifiHint')}
            </div>
          </>
        ) : (
          <div className="screen-lobby-none" data-testid="lobby-no-address">
            <WarningFilled className="screen-icon" />
            {t('venueNoAddress')}
          </div>
        )}
      </section>
      <section className="screen-lobby-teams screen-panel">
        <div className="screen-panel-title">
          <TeamOutlined className="screen-icon" />
          {t('lobbyJoined', { n: lobby.memberCount })}
        </div>
        <div className="screen-lobby-grid">
          {lobby.teams.map((team) => (
            <div className="screen-lobby-team" key={team.id} data-testid="lobby-team">
              <div className="screen-lobby-team-head">
                <span className="screen-lobby-team-name">{team.name}</span>
                <span className="screen-lobby-count" data-testid="lobby-count">
                  {team.memberCount}
                  {team.capacity ? ` / ${team.capacity}` : ''}
                </span>
              </div>
              {lobby.showJoinCodes && team.joinCode && (
                <div className="screen-lobby-code" data-testid="lobby-code">
                  {t('joinCode')} <b>{team.joinCode}</b>
                </div>
              )}
              <div className="screen-lobby-members">
                {team.members.length === 0 ? (
                  <span className="screen-lobby-empty">{t('lobbyNobodyYet')}</span>
                ) : (
                  team.members.map((name) => (
                    <span className="screen-lobby-member" key={name}>
                      {name}
                    </span>
                  ))
                )}
              </div>
            </div>
          ))}
        </div>
      </section>
    </main>
  );
}
