import { Layout } from 'antd';
import { AuditOutlined } from '@ant-design/icons';
import { Link, Outlet } from 'react-router-dom';
import { StaffHeaderTools } from '../../auth/components/staff-header-tools';
import { useT } from '../../../i18n/index';
import './judge.css';

export function JudgeLayout() {
  const t = useT();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#0b1d3a', paddingInline: 24 }}>
        <Link to="/judge" style={{ color: '#fff', fontSize: 18, fontWeight: 600, flex: 1, whiteSpace: 'nowrap' }}>
          <AuditOutlined style={{ marginRight: 8 }} />
          {t('appName')} · {t('judgeTitle')}
        </Link>
        <StaffHeaderTools />
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
