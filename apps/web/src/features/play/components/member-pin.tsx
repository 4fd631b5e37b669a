import { Alert, Button } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/index';

const JUST_JOINED = (contestId: string) => `jingsai.justJoined.${contestId}`;

/** After joining, the PIN is shown once in full (the entry sheet has it too); later behind the key button. */
export function markJustJoined(contestId: string): void {
  sessionStorage.setItem(JUST_JOINED(contestId), '1');
}

export function justJoined(contestId: string): boolean {
  return sessionStorage.getItem(JUST_JOINED(contestId)) === '1';
}

/** After the first render: a reload no longer shows the PIN unasked. */
export function forgetJustJoined(contestId: string): void {
  sessionStorage.removeItem(JUST_JOINED(contestId));
}

/** "您的 PIN：123456 — 换手机时使用". */
export function MemberPin({ pin, onClose }: { pin: string; onClose: () => void }) {
  const t = useT();
  return (
    <Alert
      type="info"
      icon={<KeyOutlined />}
      showIcon
      data-testid="member-pin"
      message={
        <span>
          {t('yourPin')}
          <b className="play-pin">{pin}</b>
        </span>
      }
      description={t('yourPinHint')}
      action={
        <Button size="small" onClick={onClose}>
          {t('gotIt')}
        </Button>
      }
    />
  );
}
