import { App, Button } from 'antd';
import { DashboardOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useStaffToken } from '../../auth/auth-context';
import { errorMessage } from '../../../lib/api-client';
import { openQueueBoardSession } from '../api/open-queue-board';
import { useT } from '../../../i18n/index';

/** 队列看板 (Bull Board): the server sets a short-lived cookie for /admin/queues, then the board opens in a new tab. */
export function QueueBoardButton() {
  const t = useT();
  const token = useStaffToken();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const open = async () => {
    // Opened before the request, so the browser does not treat the tab as an unrequested pop-up.
    const tab = window.open('about:blank', '_blank');
    setBusy(true);
    try {
      const session = await openQueueBoardSession(token);
      if (tab) tab.location.href = session.url;
      else window.location.assign(session.url);
    } catch (error) {
      tab?.close();
      void message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" icon={<DashboardOutlined />} loading={busy} onClick={() => void open()} data-testid="queue-board">
      {t('queueBoard')}
    </Button>
  );
}
