import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { apiRequest, errorMessage } from '../../api/client';
import { useAuth } from '../../api/auth-context';
import type { LoginResponse } from '../../api/types';
import { LanguageSwitch } from '../../components/language-switch';
import { useT } from '../../i18n';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const t = useT();
  const { session, signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const requested = params.get('next');
  const home = (role: string | undefined) => (role === 'judge' ? '/judge' : '/console');
  const next = requested && requested.startsWith('/') ? requested : home(session?.user.role);
  const login = useMutation({
    mutationFn: (body: LoginForm) => apiRequest<LoginResponse>('/auth/login', { method: 'POST', body }),
    onSuccess: (data) => {
      signIn(data);
      navigate(requested && requested.startsWith('/') ? requested : home(data.user.role), { replace: true });
    },
  });
  if (session) return <Navigate to={next} replace />;

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(135deg,#0b1d3a,#1d5fd6)', padding: 16 }}>
      <Card style={{ width: 380, maxWidth: '100%' }} extra={<LanguageSwitch />} title={`${t('appName')} · ${t('loginTitle')}`}>
        {login.isError && <Alert type="error" showIcon message={errorMessage(login.error)} style={{ marginBottom: 16 }} />}
        <Form<LoginForm> layout="vertical" onFinish={(values) => login.mutate(values)} requiredMark={false}>
          <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('required') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('required') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            {t('signIn')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          Jingsai · 竞赛
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
