import { Button, Card, Result } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../i18n/index';

/** This phone's session ended: the member continued on another phone, or the organizer removed them. */
export function SessionEnded() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Card className="play-card" data-testid="session-ended">
      <Result
        status="warning"
        icon={<LogoutOutlined />}
        title={t('phoneSignedOut')}
        subTitle={t('phoneSignedOutText')}
        extra={
          <Button type="primary" size="large" onClick={() => navigate('/join')}>
            {t('rejoin')}
          </Button>
        }
      />
    </Card>
  );
}
