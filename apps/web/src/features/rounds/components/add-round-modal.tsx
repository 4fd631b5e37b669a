import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { ContestTeam, RoundKind } from '@jingsai/domain';
import { errorMessage } from '../../../lib/api-client';
import { useAddRound } from '../api/add-round';
import { useBilingual, useT } from '../../../i18n/index';
import { QuestionPicker } from './question-picker';
import { RoundSettingsFields } from './round-settings-fields';
import { KNOWN_ROUND_KINDS, roundKindOf } from '../kinds/registry';
import { DEFAULT_ROUND_SETTINGS, toRoundSettings, type RoundSettingsForm } from '../utils/round-settings-form';

interface RoundForm {
  title: string;
  kind: RoundKind;
  secondsPerQuestion: number;
  questionIds: string[];
  settings?: RoundSettingsForm;
}

interface Props {
  contestId: string;
  teams: ContestTeam[];
  open: boolean;
  onClose: () => void;
  /** Prefilled values, e.g. a 加赛 round for the tied teams. */
  initial?: { title?: string; settings?: RoundSettingsForm };
}

export function AddRoundModal({ contestId, teams, open, onClose, initial }: Props) {
  const t = useT();
  const pick = useBilingual();
  const { message } = App.useApp();
  const addRound = useAddRound(contestId);
  const [form] = Form.useForm<RoundForm>();
  const kind = Form.useWatch('kind', form) ?? 'required';
  const submit = ({ settings, ...values }: RoundForm) =>
    addRound.mutate({ ...values, settings: toRoundSettings(values.kind, settings) }, {
      onSuccess: () => {
        form.resetFields();
        onClose();
      },
      onError: (error) => void message.error(errorMessage(error)),
    });
  return (
    <Modal
      open={open}
      width={960}
      title={t('addRound')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('create')}
      cancelText={t('cancel')}
      confirmLoading={addRound.isPending}
      destroyOnHidden
    >
      <Form<RoundForm> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'required', secondsPerQuestion: 30, questionIds: [], title: initial?.title, settings: { ...DEFAULT_ROUND_SETTINGS, ...initial?.settings } }}>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item name="title" label={t('roundTitle')} rules={[{ required: true, message: t('required') }]} style={{ flex: 2, minWidth: 220 }}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="kind" label={t('roundKind')} style={{ flex: 1, minWidth: 140 }}>
            <Select options={KNOWN_ROUND_KINDS.map((k) => ({ value: k, label: pick(roundKindOf(k).label) }))} />
          </Form.Item>
          <Form.Item name="secondsPerQuestion" label={t('secondsPerQuestion')} style={{ flex: 1, minWidth: 140 }}>
            <InputNumber min={5} max={7200} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <RoundSettingsFields kind={kind} teams={teams} />
        <Form.Item
          name="questionIds"
          label={t('pickQuestions')}
          rules={[{ validator: (_, v: string[] | undefined) => (v && v.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('required')))) }]}
        >
          <QuestionPickerField />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Adapts QuestionPicker to antd Form's value/onChange injection. */
function QuestionPickerField({ value, onChange }: { value?: string[]; onChange?: (ids: string[]) => void }) {
  return <QuestionPicker value={value ?? []} onChange={(ids) => onChange?.(ids)} />;
}
