import { App, Button, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { usePublishRound } from '../api/publish-round';
import { useReturnReview } from '../api/return-review';
import type { ReviewItem } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

/** Chief judge: send an answer back to the panel, with a reason. */
export function ChiefReturn({ contestId, item }: { contestId: string; item: ReviewItem }) {
  const t = useT();
  const { message } = App.useApp();
  const returnReview = useReturnReview(contestId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const confirm = () =>
    returnReview.mutate(
      { submissionId: item.submissionId, reason: reason.trim() },
      {
        onSuccess: () => {
          setOpen(false);
          setReason('');
          void message.success(t('returned'));
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('returnForRescore')}
      </Button>
      <Modal
        open={open}
        title={t('returnForRescore')}
        onCancel={() => setOpen(false)}
        onOk={confirm}
        okButtonProps={{ disabled: reason.trim() === '', loading: returnReview.isPending }}
        okText={t('returnForRescore')}
        cancelText={t('cancel')}
      >
        <Input.TextArea rows={3} maxLength={500} placeholder={t('returnReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </>
  );
}

/** Chief judge: publish a round's held answers (fully scored, judges disagreeing) with the rule's aggregate. */
export function PublishRoundButton({ contestId, roundId, label }: { contestId: string; roundId: string; label: string }) {
  const t = useT();
  const { message } = App.useApp();
  const publish = usePublishRound(contestId);
  return (
    <Button
      type="primary"
      ghost
      data-testid="publish-round"
      loading={publish.isPending}
      onClick={() =>
        publish.mutate(roundId, {
          onSuccess: (result) => void message.success(t('published', { n: result.published, m: result.stillWaiting })),
          onError: (error) => void message.error(errorMessage(error)),
        })
      }
    >
      {label}
    </Button>
  );
}
