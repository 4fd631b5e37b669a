import { Button, Space, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../../components/language-switch';
import { useT } from '../../../i18n/index';
import { useAuth } from '../auth-context';

/** The right of a staff header: extra tools, the language, who is signed in, sign out. */
export function StaffHeaderTools({ children }: { children?: ReactNode }) {
  const t = useT();
  const { session, signOut } = useAuth();
  return (
    <Space>
      {children}
      <LanguageSwitch dark />
      <Typography.Text style={{ color: '#c9d6f0' }}>{session?.user.username}</Typography.Text>
      <Button size="small" icon={<LogoutOutlined />} onClick={signOut}>
        {t('signOut')}
      </Button>
    </Space>
  );
}
