import { Alert, Button } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useT } from '../../i18n';

const JUST_JOINED = (contestId: string) => `jingsai.justJoined.${contestId}`;

/** After joining, the PIN is shown once in full (the entry sheet has it too); later behind the key button. */
export function markJustJoined(contestId: string): void {
  sessionStorage.setItem(JUST_JOINED(contestId), '1');
}

export function takeJustJoined(contestId: string): boolean {
  const just = sessionStorage.getItem(JUST_JOINED(contestId)) === '1';
  sessionStorage.removeItem(JUST_JOINED(contestId));
  return just;
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
