import { Alert, Button } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { apiRequest, errorMessage } from '../../api/client';
import type { BuzzResult } from '../../api/types';
import { useT } from '../../i18n';

export interface BuzzState {
  /** My team's buzz on this question, from my own request or a teammate's (socket). */
  mine: BuzzResult | null;
  /** Another team holds the right to answer. */
  otherGranted: boolean;
}

interface Props {
  contestId: string;
  token: string;
  questionId: string;
  open: boolean;
  state: BuzzState;
  onResult: (result: BuzzResult) => void;
}

/** 抢答: one big button; the server's receive time decides the order. */
export function BuzzPanel({ contestId, token, questionId, open, state, onResult }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const buzz = async () => {
    setBusy(true);
    setError(null);
    try {
      onResult(await apiRequest<BuzzResult>(`/contests/${contestId}/buzz`, { method: 'POST', token, body: { questionId } }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const mine = state.mine;
  return (
    <div className="play-buzz" data-testid="buzz-panel">
      {!mine && (
        <Button type="primary" danger block size="large" icon={<ThunderboltOutlined />} className="play-buzz-button" disabled={!open || busy} loading={busy} onClick={() => void buzz()} data-testid="buzz">
          {t('buzz')}
        </Button>
      )}
      {mine && <BuzzOutcome result={mine} />}
      {!mine?.granted && state.otherGranted && <Alert type="warning" showIcon message={t('otherTeamAnswering')} style={{ marginTop: 8 }} />}
      {!mine && !state.otherGranted && <div className="play-buzz-hint">{t('buzzWait')}</div>}
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} />}
    </div>
  );
}

function BuzzOutcome({ result }: { result: BuzzResult }) {
  const t = useT();
  if (result.falseStart) return <Alert type="error" showIcon message={t('buzzFalseStart')} data-testid="buzz-result" />;
  const parts = [result.granted ? t('buzzGranted') : null, result.rank !== null ? t('buzzRank', { n: result.rank }) : null].filter(Boolean);
  return <Alert type={result.granted ? 'success' : 'info'} showIcon message={parts.join(' · ')} data-testid="buzz-result" />;
}
