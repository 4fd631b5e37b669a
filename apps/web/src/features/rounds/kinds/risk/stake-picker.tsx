import { Alert, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../../lib/api-client';
import type { ActionChannel } from '../../../live/utils/live-action';
import { placeStake } from '../../../play/api/place-stake';
import { useT } from '../../../../i18n/index';

export const FALLBACK_STAKES = [10, 20, 30];

interface Props {
  contestId: string;
  channel: ActionChannel;
  questionId: string;
  tiers: number[];
  chosen: number | null;
  onChosen: (points: number) => void;
}

/** 风险题: pick a stake before the question opens; the server refuses a tier that is not allowed. */
export function StakePicker({ contestId, channel, questionId, tiers, chosen, onChosen }: Props) {
  const t = useT();
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pick = async (points: number) => {
    setBusy(points);
    setError(null);
    try {
      const result = await placeStake(contestId, channel, questionId, points);
      onChosen(result.points);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card className="play-card" title={t('stakeTitle')} data-testid="stake-picker">
      <p style={{ color: '#667', marginTop: 0 }}>{t('stakeHint')}</p>
      <Space style={{ width: '100%' }} size={12}>
        {tiers.map((points) => (
          <Button key={points} size="large" type={chosen === points ? 'primary' : 'default'} style={{ minWidth: 84, height: 64, fontSize: 24 }} loading={busy === points} onClick={() => void pick(points)} data-testid={`stake-${points}`}>
            {points}
          </Button>
        ))}
      </Space>
      {chosen !== null && <Alert type="success" showIcon style={{ marginTop: 12 }} message={t('stakeChosen', { n: chosen })} />}
      {error && <Alert type="error" showIcon style={{ marginTop: 12 }} message={error} />}
    </Card>
  );
}
