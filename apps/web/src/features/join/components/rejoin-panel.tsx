import { Alert, Button, Divider, Form, Input, Space, Spin, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-client';
import { useJoinTeam } from '../api/join-team';
import { type PendingRejoin, rejoinOf, savePending } from '../utils/join-session';
import type { JoinResponse } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { useClaimPolling } from '../hooks/use-claim-polling';

interface Props {
  pending: PendingRejoin;
  onJoined: (result: JoinResponse) => void;
  onPending: (pending: PendingRejoin) => void;
  onCancel: () => void;
}

/** A name that already joined on another phone: continue here with its PIN, or wait for the organizer's approval. */
export function RejoinPanel({ pending, onJoined, onPending, onCancel }: Props) {
  const t = useT();
  const claim = useClaimPolling(pending, onJoined);
  const withPin = useJoinTeam({ onSuccess: onJoined });
  // Asked again after a refusal: a new request for the organizer.
  const askAgain = useJoinTeam({
    onSuccess: onJoined,
    onError: (error) => {
      const next = rejoinOf(error, pending);
      if (next) {
        onPending({ ...next, contestId: next.contestId || pending.contestId });
        claim.restart();
      }
    },
  });
  return (
    <div data-testid="rejoin">
      <Alert type="warning" showIcon message={t('rejoinTitle', { name: pending.name, team: pending.teamName })} description={t('rejoinText')} style={{ marginBottom: 16 }} />
      <Form<{ pin: string }> layout="vertical" size="large" requiredMark={false} onFinish={(v) => withPin.mutate({ joinCode: pending.joinCode, name: pending.name, pin: v.pin })}>
        {withPin.isError && <Alert type="error" showIcon message={errorMessage(withPin.error)} style={{ marginBottom: 12 }} data-testid="pin-error" />}
        <Form.Item name="pin" label={t('enterPin')} extra={t('enterPinHint')} rules={[{ required: true, message: t('required') }, { pattern: /^\s*\d{4,8}\s*$/, message: t('pinDigits') }]}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={8} prefix={<KeyOutlined />} style={{ letterSpacing: 6, fontSize: 22 }} data-testid="rejoin-pin" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={withPin.isPending} style={{ height: 48 }} data-testid="rejoin-pin-submit">
          {t('continueWithPin')}
        </Button>
      </Form>
      <Divider plain>{t('or')}</Divider>
      {claim.state === 'waiting' && pending.requestId ? (
        <Space align="start" data-testid="rejoin-waiting">
          <Spin />
          <Typography.Text>{t('waitingApproval')}</Typography.Text>
        </Space>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {claim.state === 'denied' && <Alert type="error" showIcon message={t('approvalDenied')} data-testid="rejoin-denied" />}
          <Button block onClick={() => askAgain.mutate({ joinCode: pending.joinCode, name: pending.name })} loading={askAgain.isPending}>
            {t('askApprovalAgain')}
          </Button>
        </Space>
      )}
      <Typography.Link
        onClick={() => {
          savePending(null);
          onCancel();
        }}
        style={{ display: 'inline-block', marginTop: 16 }}
      >
        {t('rejoinCancel')}
      </Typography.Link>
    </div>
  );
}
