import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useSetRoster } from '../api/set-roster';
import type { TeamMembers } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { parseRoster } from '../../contests/components/add-team-form';

/** Replaces a team's roster (a team with seats becomes a roster team); each new name gets a PIN. */
export function RosterEditModal({ contestId, team, onClose }: { contestId: string; team: TeamMembers; onClose: () => void }) {
  const t = useT();
  const setRoster = useSetRoster(contestId);
  const [text, setText] = useState(() => (team.roster ? team.members.filter((m) => !m.removed).map((m) => m.name).join('\n') : ''));
  const [error, setError] = useState<string | null>(null);
  const names = parseRoster(text);
  const save = () =>
    setRoster.mutate({ teamId: team.teamId, names }, { onSuccess: onClose, onError: (e) => setError(errorMessage(e)) });
  return (
    <Modal
      open
      title={t('editRosterTitle', { team: team.teamName })}
      onCancel={onClose}
      onOk={save}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ disabled: names.length === 0 }}
      confirmLoading={setRoster.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon message={team.roster ? t('editRosterHint') : t('capToRosterHint')} style={{ marginBottom: 12 }} />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form layout="vertical">
        <Form.Item label={t('rosterCount', { n: names.length })} extra={t('rosterHint')}>
          <Input.TextArea rows={8} value={text} onChange={(e) => setText(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
