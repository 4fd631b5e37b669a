import { Layout, Menu, Typography } from 'antd';
import { BookOutlined, TeamOutlined, TrophyFilled, TrophyOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { StaffHeaderTools } from '../../auth/components/staff-header-tools';
import { useT } from '../../../i18n/index';
import { QueueBoardButton } from './queue-board-button';

export function ConsoleLayout() {
  const t = useT();
  const { session } = useAuth();
  const location = useLocation();
  const selected = ['banks', 'accounts'].find((key) => location.pathname.startsWith(`/console/${key}`)) ?? 'contests';
  const isAdmin = session?.user.role === 'admin';
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
            ...(isAdmin ? [{ key: 'accounts', icon: <TeamOutlined />, label: <Link to="/console/accounts">{t('navAccounts')}</Link> }] : []),
          ]}
        />
        <StaffHeaderTools>{isAdmin && <QueueBoardButton />}</StaffHeaderTools>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1400, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
