import { Alert } from 'antd';
import { useT } from '../../../../i18n/index';
import type { PhoneContext } from '../kind-plugin';
import { BuzzPanel } from './buzz-panel';
import { buzzViewOf } from './buzz-state';

/** 抢答 on the phone: the buzz button while the question is open; after the answer, who the right passed to. */
export function BuzzPhonePanel({ contestId, teamId, channel, view, questionId, open, submitted, sidelined, onBuzz }: PhoneContext) {
  const t = useT();
  const buzz = buzzViewOf(view.buzz, teamId);
  if (view.phase === 'open' && !submitted && !sidelined) {
    return <BuzzPanel contestId={contestId} channel={channel} questionId={questionId} open={open} view={buzz} onResult={onBuzz} />;
  }
  if (submitted && buzz.passedOn) {
    return <Alert type="info" showIcon message={buzz.holderTeamName ? t('buzzPassedTo', { team: buzz.holderTeamName }) : t('buzzPassedNobody')} data-testid="buzz-passed" />;
  }
  return null;
}
