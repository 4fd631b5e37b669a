import { App, Button, Card, Checkbox, Divider, Form, Input, Select, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth/auth-context';
import { errorMessage } from '../../../lib/api-client';
import { judgeKeys } from '../api/keys';
import { useAssignJudge } from '../api/assign-judge';
import { useCreateAccount } from '../../accounts/api/create-account';
import { useAccounts } from '../../accounts/api/get-accounts';
import { accountRules } from '../../accounts/components/account-rules';
import { useT } from '../../../i18n/index';
import { AssignedJudges } from './assigned-judges';

interface NewJudge {
  username: string;
  password: string;
}

interface Assign {
  userId: string;
  chief: boolean;
}

/** Judges: the assigned ones, create an account (admin only), and assign judges to this contest. */
export function JudgesPanel({ contestId }: { contestId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const { session } = useAuth();
  const client = useQueryClient();
  const users = useAccounts();
  const createJudge = useCreateAccount();
  const assign = useAssignJudge(contestId);
  const [createForm] = Form.useForm<NewJudge>();
  const [assignForm] = Form.useForm<Assign>();
  const judges = (users.data ?? []).filter((u) => u.role === 'judge' && !u.disabled);
  const isAdmin = session?.user.role === 'admin';

  const create = (values: NewJudge) =>
    createJudge.mutate({ ...values, role: 'judge' }, {
      onSuccess: (user) => {
        createForm.resetFields();
        assignForm.setFieldsValue({ userId: user.id });
        void message.success(t('judgeCreated', { name: user.username }));
      },
      onError: (error) => void message.error(errorMessage(error)),
    });
  const assignNow = (values: Assign) =>
    assign.mutate(
      { userId: values.userId, chief: Boolean(values.chief) },
      {
        onSuccess: () => {
          void client.invalidateQueries({ queryKey: judgeKeys.assigned(contestId) });
          void message.success(t('judgeAssigned', { name: judges.find((j) => j.id === values.userId)?.username ?? '' }));
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );

  return (
    <Card title={t('judges')} style={{ marginBottom: 16 }} data-testid="judges-panel">
      <AssignedJudges contestId={contestId} />
      <Divider style={{ margin: '8px 0 12px' }} />
      <Space direction="vertical" style={{ width: '100%' }}>
        {isAdmin ? (
          <Form<NewJudge> form={createForm} layout="inline" onFinish={create} style={{ rowGap: 8 }}>
            <Form.Item name="username" rules={accountRules(t).username}>
              <Input placeholder={t('username')} style={{ width: 130 }} autoComplete="off" />
            </Form.Item>
            <Form.Item name="password" rules={accountRules(t).password}>
              <Input.Password placeholder={t('password')} style={{ width: 130 }} autoComplete="new-password" data-testid="judge-password" />
            </Form.Item>
            <Button htmlType="submit" loading={createJudge.isPending}>
              {t('createJudge')}
            </Button>
          </Form>
        ) : (
          <Typography.Text type="secondary">{t('adminOnly')}</Typography.Text>
        )}
        <Form<Assign> form={assignForm} layout="inline" onFinish={assignNow} initialValues={{ chief: false }} style={{ rowGap: 8 }}>
          <Form.Item name="userId" rules={[{ required: true, message: t('required') }]}>
            <Select
              placeholder={t('judges')}
              style={{ width: 160 }}
              loading={users.isLoading}
              options={judges.map((j) => ({ value: j.id, label: j.username }))}
              data-testid="judge-select"
            />
          </Form.Item>
          <Form.Item name="chief" valuePropName="checked">
            <Checkbox>{t('chiefJudge')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={assign.isPending}>
            {t('assignJudge')}
          </Button>
        </Form>
      </Space>
    </Card>
  );
}
