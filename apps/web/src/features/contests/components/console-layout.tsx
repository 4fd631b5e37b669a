import { Button, Layout, Menu, Space, Typography } from 'antd';
import { BookOutlined, LogoutOutlined, TrophyFilled, TrophyOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { LanguageSwitch } from '../../../components/language-switch';
import { useT } from '../../../i18n/index';
import { QueueBoardButton } from './queue-board-button';

export function ConsoleLayout() {
  const t = useT();
  const { session, signOut } = useAuth();
  const location = useLocation();
  const selected = location.pathname.startsWith('/console/banks') ? 'banks' : 'contests';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#0b1d3a', paddingInline: 24 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          <TrophyFilled style={{ color: '#f6c343', marginRight: 8 }} />
          {t('appName')} · {t('consoleTitle')}
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[selected]}
          style={{ flex: 1, minWidth: 0, background: 'transparent' }}
          items={[
            { key: 'contests', icon: <TrophyOutlined />, label: <Link to="/console">{t('navContests')}</Link> },
            { key: 'banks', icon: <BookOutlined />, label: <Link to="/console/banks">{t('navBanks')}</Link> },
          ]}
        />
        <Space>
          {session?.user.role === 'admin' && <QueueBoardButton />}
          <LanguageSwitch dark />
          <Typography.Text style={{ color: '#c9d6f0' }}>{session?.user.username}</Typography.Text>
          <Button size="small" icon={<LogoutOutlined />} onClick={signOut}>
            {t('signOut')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1400, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
