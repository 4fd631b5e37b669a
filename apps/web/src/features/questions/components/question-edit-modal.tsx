import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useContestRejudge } from '../api/rejudge-question';
import { useUpdateQuestion } from '../../banks/api/update-question';
import type { RejudgeReport, StoredQuestion } from '@jingsai/domain';
import { QuestionTypeTag } from '../../../components/question-type-tag';
import { useT } from '../../../i18n/index';
import { toEditForm, toPatch, type QuestionEditForm } from '../utils/question-edit-form';
import { QuestionKeyFields } from './question-key-fields';

interface Props {
  question: StoredQuestion;
  onClose: () => void;
  /** Inside a contest: the fix changes the contest's copy and regrades its answers (preview first). Without: the bank only. */
  contestId?: string;
}

/** Fixes a question: stem, points, explanation and its key — in the bank, or inside one contest with a rejudge. */
export function QuestionEditModal({ question, onClose, contestId }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<QuestionEditForm>();
  const update = useUpdateQuestion();
  const rejudge = useContestRejudge(contestId ?? '');
  const inContest = Boolean(contestId);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<RejudgeReport | null>(null);

  const patchOrNull = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return null;
    const patch = toPatch(question, values);
    if (Object.keys(patch).length === 0 && !question.draft && !inContest) {
      setError(t('noChanges'));
      return null;
    }
    return patch;
  };
  const fail = (e: unknown) => setError(errorMessage(e));
  const done = () => {
    void message.success(t('questionSaved'));
    onClose();
  };

  const save = async () => {
    const patch = await patchOrNull();
    if (patch) update.mutate({ id: question.id, patch }, { onSuccess: done, onError: fail });
  };
  const previewRejudge = async () => {
    const patch = await patchOrNull();
    if (patch) rejudge.mutate({ questionId: question.id, patch, dryRun: true }, { onSuccess: setPreview, onError: fail });
  };
  const saveAndRejudge = async () => {
    const patch = await patchOrNull();
    if (patch) rejudge.mutate({ questionId: question.id, patch, dryRun: false }, { onSuccess: done, onError: fail });
  };

  return (
    <Modal
      open
      width={720}
      title={
        <Space>
          {t('editQuestion')} <QuestionTypeTag type={question.type} />
          {question.draft && <Tag color="red">{t('draft')}</Tag>}
        </Space>
      }
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('cancel')}
        </Button>,
        ...(inContest
          ? [
              <Button key="preview" onClick={() => void previewRejudge()} loading={rejudge.isPending && rejudge.variables?.dryRun} data-testid="preview-rejudge">
                {t('previewRejudge')}
              </Button>,
              <Button key="rejudge" type="primary" danger={Boolean(preview && preview.changed > 0)} onClick={() => void saveAndRejudge()} loading={rejudge.isPending && !rejudge.variables?.dryRun} data-testid="save-rejudge">
                {t('saveAndRejudge')}
              </Button>,
            ]
          : [
              <Button key="save" type="primary" onClick={() => void save()} loading={update.isPending} data-testid="save-question">
                {t('save')}
              </Button>,
            ]),
      ]}
    >
      <Alert type="info" showIcon message={inContest ? t('fixInContestHint') : t('bankEditHint')} style={{ marginBottom: 12 }} />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} closable onClose={() => setError(null)} data-testid="question-error" />}
      {preview && (
        <Alert
          type={preview.changed > 0 ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          message={t('rejudgeWillChange', { n: preview.changed, total: preview.total })}
          data-testid="rejudge-preview"
        />
      )}
      <Form<QuestionEditForm>
        form={form}
        layout="vertical"
        initialValues={toEditForm(question)}
        onValuesChange={() => {
          setPreview(null);
          setError(null);
        }}
      >
        <Form.Item name="stem" label={t('stem')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="points" label={t('score')} rules={[{ required: true, message: t('required') }]}>
          <InputNumber min={0} max={10000} style={{ width: 160 }} />
        </Form.Item>
        <QuestionKeyFields question={question} />
        <Form.Item name="tags" label={t('anColTags')} extra={t('anTagsHint')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、', ';', '；']} data-testid="question-tags" />
        </Form.Item>
        <Form.Item name="explanation" label={t('explanation')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
