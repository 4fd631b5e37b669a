import { Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useUpdateTeam } from '../api/update-team';
import type { ContestTeam } from '@jingsai/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { useT } from '../../../i18n/index';

interface EditForm {
  name: string;
  group?: string;
  memberCap?: number | null;
}

/** Rename a team, change its group, or (teams without a roster) its number of seats. */
export function TeamEditModal({ contestId, team, onClose }: { contestId: string; team: ContestTeam; onClose: () => void }) {
  const t = useT();
  const update = useUpdateTeam(contestId);
  const [form] = Form.useForm<EditForm>();
  const [error, setError] = useState<string | null>(null);
  const hasCap = typeof team.memberCap === 'number';
  const submit = (values: EditForm) =>
    update.mutate(
      { teamId: team.id, name: values.name.trim(), group: values.group?.trim() ?? '', ...(hasCap && values.memberCap ? { memberCap: values.memberCap } : {}) },
      { onSuccess: onClose, onError: (e) => setError(errorMessage(e)) },
    );
  return (
    <Modal open title={t('editTeam')} onCancel={onClose} onOk={() => form.submit()} okText={t('save')} cancelText={t('cancel')} confirmLoading={update.isPending} destroyOnHidden>
      {error && <ErrorAlert error={error} />}
      <Form<EditForm> form={form} layout="vertical" onFinish={submit} initialValues={{ name: team.name, group: team.group ?? '', memberCap: team.memberCap ?? undefined }}>
        <Form.Item name="name" label={t('teamName')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="group" label={t('group')}>
          <Input maxLength={100} />
        </Form.Item>
        {hasCap && (
          <Form.Item name="memberCap" label={t('memberCap')}>
            <InputNumber min={1} max={5000} precision={0} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
