import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useUpdateRound } from '../api/update-round';
import type { ContestRound } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

interface EditForm {
  title: string;
  secondsPerQuestion: number;
}

/** Rename a round or change its time per question (questions opened later use it). */
export function RoundEditModal({ contestId, round, onClose }: { contestId: string; round: ContestRound; onClose: () => void }) {
  const t = useT();
  const update = useUpdateRound(contestId);
  const [form] = Form.useForm<EditForm>();
  const [error, setError] = useState<string | null>(null);
  const submit = (values: EditForm) =>
    update.mutate({ roundId: round.id, title: values.title.trim(), secondsPerQuestion: values.secondsPerQuestion }, { onSuccess: onClose, onError: (e) => setError(errorMessage(e)) });
  return (
    <Modal open title={t('editRound')} onCancel={onClose} onOk={() => form.submit()} okText={t('save')} cancelText={t('cancel')} confirmLoading={update.isPending} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form<EditForm> form={form} layout="vertical" onFinish={submit} initialValues={{ title: round.title, secondsPerQuestion: round.secondsPerQuestion }}>
        <Form.Item name="title" label={t('roundTitle')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="secondsPerQuestion" label={t('secondsPerQuestion')} rules={[{ required: true, message: t('required') }]}>
          <InputNumber min={5} max={7200} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
