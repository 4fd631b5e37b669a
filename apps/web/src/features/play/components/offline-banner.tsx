import { DisconnectOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/index';

/** The browser's own word on the network (the hall's Wi-Fi dropped, airplane mode). */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** Socket.IO's words for a connection that never reached the server (not a refusal by the server). */
export function isNetworkError(message: string | null): boolean {
  return !!message && /websocket error|xhr poll error|timeout|transport|network/i.test(message);
}

/** A clear banner while the phone cannot reach the server: answers wait on the phone and go out when it is back. */
export function OfflineBanner() {
  const t = useT();
  return (
    <div className="play-offline" role="alert" data-testid="offline-banner">
      <DisconnectOutlined className="play-offline-icon" />
      <div>
        <div className="play-offline-title">{t('offlineTitle')}</div>
        <div className="play-offline-text">{t('offlineText')}</div>
      </div>
    </div>
  );
}
