import { Alert, Button, Form, Input, Typography } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-client';
import { useJoinTeam } from '../api/join-team';
import { type PendingRejoin, rejoinOf } from '../utils/join-session';
import type { JoinLookup, JoinResponse } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

interface Props {
  joinCode: string;
  team: JoinLookup;
  onJoined: (result: JoinResponse) => void;
  /** The name joined on another phone: PIN or the organizer's approval. */
  onRejoin: (pending: PendingRejoin) => void;
  onBack: () => void;
}

/** Step 2: the team the code opens, to confirm, and the member's name. */
export function JoinNameStep({ joinCode, team, onJoined, onRejoin, onBack }: Props) {
  const t = useT();
  const join = useJoinTeam({
    onSuccess: onJoined,
    onError: (error, { name }) => {
      const pending = rejoinOf(error, { joinCode, name, teamName: team.teamName });
      if (pending) onRejoin({ ...pending, contestId: pending.contestId || team.contestId });
    },
  });
  return (
    <>
      <div className="join-team" data-testid="join-team">
        <TeamOutlined className="join-team-icon" />
        <div>
          <div className="join-team-name">{team.teamName}</div>
          <div className="join-team-contest">{team.contestTitle}</div>
        </div>
      </div>
      <Typography.Link onClick={onBack} style={{ display: 'inline-block', margin: '4px 0 16px' }}>
        {t('notMyTeam')}
      </Typography.Link>
      {join.isError && !rejoinOf(join.error, { joinCode, name: '', teamName: '' }) && (
        <Alert type="error" showIcon message={errorMessage(join.error)} style={{ marginBottom: 16 }} data-testid="join-error" />
      )}
      <Form<{ name: string }> layout="vertical" size="large" requiredMark={false} onFinish={(v) => join.mutate({ joinCode, name: v.name })}>
        <Form.Item name="name" label={t('yourName')} extra={t('yourNameHint')} rules={[{ required: true, whitespace: true, message: t('required') }, { max: 50 }]}>
          <Input autoComplete="name" data-testid="join-name" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={join.isPending} style={{ height: 52, fontSize: 18 }} data-testid="join-submit">
          {t('joinTeam', { team: team.teamName })}
        </Button>
      </Form>
    </>
  );
}
