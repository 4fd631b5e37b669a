import { Alert, Button, Modal, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useRoundGrading } from '../api/regrade-round';
import type { ContestRound, RejudgeReport } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

/** 严格比对填空答案 on or off for a round: first how many answers the change moves ("将改变 N 份答卷的得分"), then apply. */
export function RoundGradingModal({ contestId, round, onClose }: { contestId: string; round: ContestRound; onClose: () => void }) {
  const t = useT();
  const grading = useRoundGrading(contestId);
  const current = Boolean(round.settings?.strict);
  const [strict, setStrict] = useState(!current);
  const [preview, setPreview] = useState<RejudgeReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (dryRun: boolean) =>
    grading.mutate(
      { roundId: round.id, change: { strict }, dryRun },
      { onSuccess: (report) => (dryRun ? setPreview(report) : onClose()), onError: (e) => setError(errorMessage(e)) },
    );
  const previewing = grading.isPending && grading.variables?.dryRun;
  return (
    <Modal
      open
      title={t('roundGradingTitle', { round: round.title })}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('cancel')}
        </Button>,
        <Button key="preview" onClick={() => run(true)} loading={previewing} data-testid="grading-preview">
          {t('previewRejudge')}
        </Button>,
        <Button key="apply" type="primary" disabled={!preview} onClick={() => run(false)} loading={grading.isPending && !previewing} data-testid="grading-apply">
          {t('applyAndRejudge')}
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space>
          <Switch
            checked={strict}
            onChange={(next) => {
              setStrict(next);
              setPreview(null);
            }}
          />
          <b>{t('strictLabel')}</b>
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('strictHint')}
        </Typography.Paragraph>
        <Typography.Text>{t('strictNow', { state: current ? t('on') : t('off') })}</Typography.Text>
        {preview && (
          <Alert
            type={preview.changed > 0 ? 'warning' : 'info'}
            showIcon
            message={t('gradingWillChange', { n: preview.changed, total: preview.total })}
            data-testid="grading-report"
          />
        )}
        {error && <Alert type="error" showIcon message={error} />}
      </Space>
    </Modal>
  );
}
