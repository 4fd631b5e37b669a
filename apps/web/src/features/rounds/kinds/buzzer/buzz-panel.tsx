import { Alert, Button } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { errorMessage } from '../../../../lib/api-client';
import type { ActionChannel } from '../../../live/utils/live-action';
import { buzz } from '../../../play/api/buzz';
import type { BuzzResult } from '@jingsai/domain';
import { formatOffset } from '../../../../components/buzz-format';
import { useT } from '../../../../i18n/index';
import type { BuzzView } from './buzz-state';

interface Props {
  contestId: string;
  channel: ActionChannel;
  questionId: string;
  open: boolean;
  view: BuzzView;
  onResult: (result: BuzzResult) => void;
}

/** 抢答: one big button until the team has buzzed (the server's receive time decides), then its place and whose turn it is. */
export function BuzzPanel({ contestId, channel, questionId, open, view, onResult }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const press = async () => {
    setBusy(true);
    setError(null);
    try {
      onResult(await buzz(contestId, channel, questionId));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const buzzed = Boolean(view.mine) || view.falseStart;
  return (
    <div className="play-buzz" data-testid="buzz-panel">
      {!buzzed && (
        <Button type="primary" danger block size="large" icon={<ThunderboltOutlined />} className="play-buzz-button" disabled={!open || busy || view.over} loading={busy} onClick={() => void press()} data-testid="buzz">
          {t('buzz')}
        </Button>
      )}
      {buzzed && <BuzzOutcome view={view} />}
      {!view.myTurn && view.holderTeamName && !view.passedOn && <Alert type="warning" showIcon message={t('teamAnswering', { team: view.holderTeamName })} style={{ marginTop: 8 }} data-testid="buzz-holder" />}
      {!buzzed && !view.holderTeamId && <div className="play-buzz-hint">{view.over ? t('buzzPassedNobody') : t('buzzWait')}</div>}
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} />}
    </div>
  );
}

function BuzzOutcome({ view }: { view: BuzzView }) {
  const t = useT();
  if (view.falseStart) return <Alert type="error" showIcon message={t('buzzFalseStart')} data-testid="buzz-result" />;
  const mine = view.mine;
  const place = mine ? [t('buzzRank', { n: mine.rank }), mine.rank > 1 ? formatOffset(mine.offsetMs) : null].filter(Boolean).join(' ') : '';
  if (view.passedToMe) return <Alert type="success" showIcon message={`${t('buzzTurnMine')} · ${place}`} description={t('buzzTurnMineText')} data-testid="buzz-result" />;
  if (view.myTurn) return <Alert type="success" showIcon message={`${t('buzzGranted')} · ${place}`} data-testid="buzz-result" />;
  if (view.passedOn) {
    const next = view.holderTeamName ? t('buzzPassedTo', { team: view.holderTeamName }) : t('buzzPassedNobody');
    return <Alert type="info" showIcon message={`${t('buzzAnswered')} · ${place}`} description={next} data-testid="buzz-result" />;
  }
  return <Alert type="info" showIcon message={place} description={view.over ? t('buzzPassedNobody') : undefined} data-testid="buzz-result" />;
}
