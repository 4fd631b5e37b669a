import { Alert, Button, Form, Input, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-client';
import { useChangePassword } from '../api/change-password';
import type { LoginResponse } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

interface Props {
  token: string;
  /** What was just typed to sign in (the default password), so it need not be typed again. */
  currentPassword: string;
  onChanged: (session: LoginResponse) => void;
  onCancel: () => void;
}

/** The first sign-in with the default password: a new one before anything else (the old token then stops). */
export function ChangePasswordForm({ token, currentPassword, onChanged, onCancel }: Props) {
  const t = useT();
  const change = useChangePassword(token, { onSuccess: onChanged });
  return (
    <div data-testid="change-password">
      <Alert type="warning" showIcon message={t('changePasswordTitle')} description={t('changePasswordIntro')} style={{ marginBottom: 16 }} />
      {change.isError && <Alert type="error" showIcon message={errorMessage(change.error)} style={{ marginBottom: 16 }} />}
      <Form<PasswordForm> layout="vertical" requiredMark={false} initialValues={{ currentPassword }} onFinish={(values) => change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword })}>
        <Form.Item name="currentPassword" label={t('currentPassword')} rules={[{ required: true, message: t('required') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('newPassword')}
          extra={t('passwordRule')}
          rules={[
            { required: true, message: t('required') },
            { min: 8, max: 200, message: t('passwordRule') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => (value && value === getFieldValue('currentPassword') ? Promise.reject(new Error(t('passwordSameAsCurrent'))) : Promise.resolve()),
            }),
          ]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('required') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('passwordMismatch')))),
            }),
          ]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={change.isPending} data-testid="change-password-submit">
          {t('changePassword')}
        </Button>
      </Form>
      <Typography.Link onClick={onCancel} style={{ display: 'inline-block', marginTop: 12 }}>
        {t('signOut')}
      </Typography.Link>
    </div>
  );
}
