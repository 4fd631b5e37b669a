import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { KeyOutlined, StopOutlined, UserAddOutlined, UndoOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Navigate } from 'react-router-dom';
import type { PublicUser } from '@jingsai/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { errorMessage } from '../../../lib/api-client';
import { useT } from '../../../i18n/index';
import { useAuth } from '../../auth/auth-context';
import { useCreateAccount, type NewAccount } from '../api/create-account';
import { useDisableAccount, useEnableAccount, useResetPassword } from '../api/account-actions';
import { useAccounts } from '../api/get-accounts';
import { accountRules } from './account-rules';

/** The admin's staff accounts: create organizers and judges, give a temporary password, disable and enable. */
export function AccountsPage() {
  const t = useT();
  const { message } = App.useApp();
  const { session } = useAuth();
  const accounts = useAccounts();
  const create = useCreateAccount();
  const disable = useDisableAccount();
  const enable = useEnableAccount();
  const [resetting, setResetting] = useState<PublicUser | null>(null);
  const [form] = Form.useForm<NewAccount>();
  if (session && session.user.role !== 'admin') return <Navigate to="/console" replace />;

  const done = (text: string) => () => void message.success(text);
  const failed = (error: unknown) => void message.error(errorMessage(error));
  const roleLabel = (role: PublicUser['role']) => t(role === 'admin' ? 'roleAdmin' : role === 'organizer' ? 'roleOrganizer' : 'roleJudge');

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('newAccount')}>
        <Form<NewAccount>
          form={form}
          layout="inline"
          initialValues={{ role: 'judge' }}
          style={{ rowGap: 8 }}
          onFinish={(values) =>
            create.mutate(values, {
              onSuccess: (user) => {
                form.resetFields();
                void message.success(t('accountCreated', { name: user.username }));
              },
              onError: failed,
            })
          }
        >
          <Form.Item name="username" rules={accountRules(t).username}>
            <Input placeholder={t('username')} style={{ width: 160 }} autoComplete="off" data-testid="account-username" />
          </Form.Item>
          <Form.Item name="password" rules={accountRules(t).password}>
            <Input.Password placeholder={t('password')} style={{ width: 160 }} autoComplete="new-password" data-testid="account-password" />
          </Form.Item>
          <Form.Item name="role">
            <Select
              style={{ width: 120 }}
              data-testid="account-role"
              options={[
                { value: 'judge', label: t('roleJudge') },
                { value: 'organizer', label: t('roleOrganizer') },
              ]}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<UserAddOutlined />} loading={create.isPending}>
            {t('createAccount')}
          </Button>
        </Form>
      </Card>
      <Card title={t('accounts')}>
        {accounts.isError && <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />}
        <Table<PublicUser>
          rowKey="id"
          size="middle"
          pagination={false}
          loading={accounts.isLoading}
          dataSource={accounts.data ?? []}
          data-testid="accounts-table"
          columns={[
            { title: t('username'), dataIndex: 'username', render: (name: string, user) => <Typography.Text delete={user.disabled}>{name}</Typography.Text> },
            { title: t('role'), dataIndex: 'role', render: (role: PublicUser['role']) => <Tag color={role === 'admin' ? 'red' : role === 'organizer' ? 'blue' : 'green'}>{roleLabel(role)}</Tag> },
            {
              title: t('status'),
              render: (_, user) => (user.disabled ? <Tag>{t('accountDisabled')}</Tag> : user.mustChangePassword ? <Tag color="orange">{t('accountMustChangePassword')}</Tag> : <Tag color="success">{t('accountActive')}</Tag>),
            },
            {
              title: t('actions'),
              render: (_, user) =>
                user.id === session?.user.id ? (
                  <Typography.Text type="secondary">{t('accountYou')}</Typography.Text>
                ) : (
                  <Space size={4} wrap>
                    <Button size="small" icon={<KeyOutlined />} onClick={() => setResetting(user)} data-testid={`reset-${user.username}`}>
                      {t('resetPassword')}
                    </Button>
                    {user.disabled ? (
                      <Button size="small" icon={<UndoOutlined />} loading={enable.isPending && enable.variables === user.id} onClick={() => enable.mutate(user.id, { onSuccess: done(t('accountEnabled', { name: user.username })), onError: failed })}>
                        {t('enableAccount')}
                      </Button>
                    ) : (
                      <Popconfirm
                        title={t('disableAccountConfirm', { name: user.username })}
                        okText={t('disableAccount')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('cancel')}
                        onConfirm={() => disable.mutateAsync(user.id).then(done(t('accountDisabledDone', { name: user.username })), failed)}
                      >
                        <Button size="small" danger icon={<StopOutlined />} data-testid={`disable-${user.username}`}>
                          {t('disableAccount')}
                        </Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
    </Space>
  );
}

function ResetPasswordDialog({ user, onClose }: { user: PublicUser | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const reset = useResetPassword();
  const [form] = Form.useForm<{ password: string }>();
  const submit = ({ password }: { password: string }) =>
    user &&
    reset.mutate(
      { userId: user.id, password },
      {
        onSuccess: () => {
          void message.success(t('passwordResetDone', { name: user.username }));
          form.resetFields();
          onClose();
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  return (
    <Modal
      open={user !== null}
      title={t('resetPasswordTitle', { name: user?.username ?? '' })}
      okText={t('resetPassword')}
      cancelText={t('cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('resetPasswordHint')}</Typography.Paragraph>
      <Form form={form} onFinish={submit} preserve={false}>
        <Form.Item name="password" rules={accountRules(t).password}>
          <Input.Password placeholder={t('temporaryPassword')} autoComplete="new-password" data-testid="temporary-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
