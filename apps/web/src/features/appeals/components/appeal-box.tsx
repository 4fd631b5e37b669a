import { Alert, Button, Input, Space } from 'antd';
import { AuditOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useFileAppeal } from '../api/file-appeal';
import { useMyAppeals } from '../api/get-my-appeals';
import type { TeamAppeal } from '@jingsai/domain';
import { errorMessage } from '../../../lib/api-client';
import { useT } from '../../../i18n/index';
import { formatPoints } from '../../play/components/answer-result';

interface Props {
  contestId: string;
  token: string;
  /** A graded answer of this team whose result is out. */
  submissionId: string;
}

/** 申诉 on a graded answer: a reason, then 处理中 / 已接受 +N / 已驳回 with the reply; the server's refusals as it says them. */
export function AppealBox({ contestId, token, submissionId }: Props) {
  const t = useT();
  const mine = useMyAppeals(contestId, token);
  const file = useFileAppeal(contestId, token);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const appeal = mine.data?.find((a) => a.submissionId === submissionId);
  // The server's refusal (already appealed, too late, not yet…) stays on screen beside whatever state follows.
  const refusal = file.isError ? <Alert type="error" showIcon message={errorMessage(file.error)} style={{ marginTop: 8 }} data-testid="appeal-error" /> : null;
  if (appeal) {
    return (
      <>
        {refusal}
        <AppealState appeal={appeal} />
      </>
    );
  }
  if (!mine.data) return null;
  if (!open) {
    return (
      <div style={{ marginTop: 12 }} data-testid="appeal-box">
        <Space align="center" wrap>
          <Button icon={<AuditOutlined />} onClick={() => setOpen(true)} data-testid="appeal-open">
            {t('appealAction')}
          </Button>
          <span style={{ color: '#667', fontSize: 13 }}>{t('appealHint')}</span>
        </Space>
        {refusal}
      </div>
    );
  }
  const send = () => file.mutate({ submissionId, reason: reason.trim() }, { onSuccess: () => setOpen(false) });
  return (
    <div style={{ marginTop: 12 }} data-testid="appeal-box">
      <div style={{ fontWeight: 600, marginBottom: 6 }}>{t('appealReasonLabel')}</div>
      <Input.TextArea rows={3} maxLength={500} showCount value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('appealReasonPlaceholder')} data-testid="appeal-reason" />
      {refusal}
      <Space style={{ marginTop: 10 }}>
        <Button type="primary" disabled={reason.trim() === ''} loading={file.isPending} onClick={send} data-testid="appeal-submit">
          {t('appealSubmit')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('cancel')}</Button>
      </Space>
    </div>
  );
}

/** The appeal's state as the team sees it. */
export function AppealState({ appeal }: { appeal: TeamAppeal }) {
  const t = useT();
  const style = { marginTop: 12 };
  const reply = appeal.reply ? t('appealReplyLine', { text: appeal.reply }) : undefined;
  if (appeal.status === 'pending') {
    return <Alert type="info" showIcon message={t('appealPending')} description={t('appealReasonLine', { text: appeal.reason })} style={style} data-testid="appeal-state" />;
  }
  if (appeal.status === 'rejected') {
    return <Alert type="warning" showIcon message={t('appealRejected')} description={reply} style={style} data-testid="appeal-state" />;
  }
  const after = appeal.scoreAfter ?? 0;
  const delta = Math.round((after - (appeal.scoreBefore ?? 0)) * 100) / 100;
  return (
    <Alert
      type="success"
      showIcon
      message={t('appealAccepted', { delta: formatPoints(delta) })}
      description={
        <>
          <div>{t('appealAcceptedText', { score: after })}</div>
          {reply && <div>{reply}</div>}
        </>
      }
      style={style}
      data-testid="appeal-state"
    />
  );
}
