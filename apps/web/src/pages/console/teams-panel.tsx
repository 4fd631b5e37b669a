import { App, Button, Card, Empty, Form, Input, Table, Typography } from 'antd';
import { errorMessage } from '../../api/client';
import { useAddTeam } from '../../api/staff-hooks';
import type { ContestTeam } from '../../api/types';
import { useT } from '../../i18n';

interface TeamForm {
  name: string;
  group?: string;
}

export function TeamsPanel({ contestId, teams }: { contestId: string; teams: ContestTeam[] }) {
  const t = useT();
  const { message } = App.useApp();
  const addTeam = useAddTeam(contestId);
  const [form] = Form.useForm<TeamForm>();
  const submit = (values: TeamForm) =>
    addTeam.mutate(
      { name: values.name.trim(), group: values.group?.trim() || undefined },
      { onSuccess: () => form.resetFields(), onError: (error) => void message.error(errorMessage(error)) },
    );
  return (
    <Card title={`${t('teams')} (${teams.length})`} style={{ marginBottom: 16 }}>
      <Table<ContestTeam>
        size="small"
        rowKey="id"
        dataSource={teams}
        pagination={false}
        locale={{ emptyText: <Empty description={t('noData')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        columns={[
          { title: t('teamName'), dataIndex: 'name' },
          { title: t('group'), dataIndex: 'group', render: (g: string | null) => g ?? '—' },
          {
            title: t('joinCode'),
            dataIndex: 'joinCode',
            render: (code?: string) => (code ? <Typography.Text code copyable style={{ fontSize: 15 }}>{code}</Typography.Text> : '—'),
          },
        ]}
      />
      <Form<TeamForm> form={form} layout="inline" onFinish={submit} style={{ marginTop: 16, rowGap: 8 }}>
        <Form.Item name="name" rules={[{ required: true, message: t('required') }]}>
          <Input placeholder={t('teamName')} maxLength={100} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="group">
          <Input placeholder={t('group')} maxLength={100} style={{ width: 100 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={addTeam.isPending}>
          {t('addTeam')}
        </Button>
      </Form>
    </Card>
  );
}
