import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { useLogin } from '../api/login';
import { forgetSessionEnded, sessionEndedNotice, useAuth } from '../auth-context';
import { LanguageSwitch } from '../../../components/language-switch';
import { useT, type Translate } from '../../../i18n/index';
import { ChangePasswordForm } from './change-password-form';

interface LoginForm {
  username: string;
  password: string;
}

function loginError(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.code === 'RATE_LIMITED') return t('loginRateLimited', { n: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
  return errorMessage(error);
}

export function LoginPage() {
  const t = useT();
  const { session, signIn, signOut } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [ended] = useState(sessionEndedNotice);
  // Forgotten after the first render (an initializer may run twice in development).
  useEffect(forgetSessionEnded, []);
  const [typed, setTyped] = useState('');
  const requested = params.get('next');
  const home = (role: string | undefined) => (role === 'judge' ? '/judge' : '/console');
  const target = (role: string | undefined) => (requested && requested.startsWith('/') ? requested : home(role));
  const login = useLogin({
    onSuccess: (data, body) => {
      setTyped(body.password);
      signIn(data);
      if (!data.user.mustChangePassword) navigate(target(data.user.role), { replace: true });
    },
  });
  if (session && !session.user.mustChangePassword) return <Navigate to={target(session.user.role)} replace />;
  const changing = session?.user.mustChangePassword ? session : null;

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(135deg,#0b1d3a,#1d5fd6)', padding: 16 }}>
      <Card style={{ width: 400, maxWidth: '100%' }} extra={<LanguageSwitch />} title={`${t('appName')} · ${changing ? t('changePassword') : t('loginTitle')}`}>
        {changing ? (
          <ChangePasswordForm
            token={changing.accessToken}
            currentPassword={typed}
            onChanged={(data) => {
              signIn(data);
              navigate(target(data.user.role), { replace: true });
            }}
            onCancel={signOut}
          />
        ) : (
          <>
            {ended && !login.isError && <Alert type="warning" showIcon message={t('sessionEnded')} style={{ marginBottom: 16 }} data-testid="session-ended" />}
            {login.isError && <Alert type="error" showIcon message={loginError(login.error, t)} style={{ marginBottom: 16 }} data-testid="login-error" />}
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
          </>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          Jingsai · 竞赛
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
