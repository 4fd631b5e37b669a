import { App, Button, Form, Input, InputNumber, Radio, Space } from 'antd';
import { errorMessage } from '../../../lib/api-client';
import { type NewTeam, useAddTeam } from '../api/add-team';
import { useT } from '../../../i18n/index';

interface TeamForm {
  name: string;
  group?: string;
  mode: 'roster' | 'cap';
  roster?: string;
  memberCap?: number | null;
}

export const DEFAULT_MEMBER_CAP = 5;

/** One name per line (commas and 、 also split), blanks and repeats dropped. */
export function parseRoster(text: string | undefined): string[] {
  return [...new Set((text ?? '').split(/[\n,，、;；]/).map((n) => n.trim()).filter(Boolean))];
}

/** A new team: who may join is a roster (each name gets a PIN) or a number of seats for anyone with the code. */
export function AddTeamForm({ contestId }: { contestId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const addTeam = useAddTeam(contestId);
  const [form] = Form.useForm<TeamForm>();
  const mode = Form.useWatch('mode', form) ?? 'cap';
  const submit = (values: TeamForm) => {
    const body: NewTeam = { name: values.name.trim(), group: values.group?.trim() || undefined };
    if (values.mode === 'roster') body.roster = parseRoster(values.roster);
    else body.memberCap = values.memberCap ?? DEFAULT_MEMBER_CAP;
    addTeam.mutate(body, {
      onSuccess: () => {
        form.resetFields();
        void message.success(t('teamAdded', { name: body.name }));
      },
      onError: (error) => void message.error(errorMessage(error)),
    });
  };
  return (
    <Form<TeamForm> form={form} layout="vertical" onFinish={submit} initialValues={{ mode: 'cap', memberCap: DEFAULT_MEMBER_CAP }} style={{ marginTop: 16 }} data-testid="add-team-form">
      <Space wrap align="start">
        <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('required') }]} style={{ marginBottom: 8 }}>
          <Input placeholder={t('teamName')} maxLength={100} style={{ width: 170 }} />
        </Form.Item>
        <Form.Item name="group" style={{ marginBottom: 8 }}>
          <Input placeholder={t('group')} maxLength={100} style={{ width: 110 }} />
        </Form.Item>
      </Space>
      <Form.Item name="mode" label={t('whoMayJoin')} tooltip={t('whoMayJoinHint')} style={{ marginBottom: 8 }}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'cap', label: t('joinByCap') },
            { value: 'roster', label: t('joinByRoster') },
          ]}
        />
      </Form.Item>
      {mode === 'roster' ? (
        <Form.Item
          name="roster"
          extra={t('rosterHint')}
          rules={[{ validator: (_, v: string | undefined) => (parseRoster(v).length > 0 ? Promise.resolve() : Promise.reject(new Error(t('rosterEmpty')))) }]}
          style={{ marginBottom: 8 }}
        >
          <Input.TextArea rows={4} placeholder={t('rosterPlaceholder')} data-testid="roster-input" />
        </Form.Item>
      ) : (
        <Form.Item name="memberCap" label={t('memberCap')} style={{ marginBottom: 8 }}>
          <InputNumber min={1} max={5000} precision={0} style={{ width: 120 }} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={addTeam.isPending}>
        {t('addTeam')}
      </Button>
    </Form>
  );
}
