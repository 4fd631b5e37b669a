import { Typography } from 'antd';
import type { LiveBuzzState, QuestionStatus } from '@jingsai/domain';
import { useT } from '../../../../i18n/index';
import { BuzzTable } from '../../../live/components/buzz-table';

/** The buzz state from the status route, for when the live view has none (an older server). */
function buzzFromStatus(status: QuestionStatus): LiveBuzzState {
  const valid = status.buzzOrder.filter((b) => !b.falseStart && b.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const first = valid[0] ? new Date(valid[0].at).getTime() : 0;
  return {
    order: valid.map((b) => ({ teamId: b.teamId, teamName: b.teamName, rank: b.rank ?? 0, at: b.at, offsetMs: new Date(b.at).getTime() - first })),
    falseStarts: status.buzzOrder.filter((b) => b.falseStart).map((b) => ({ teamId: b.teamId, teamName: b.teamName })),
    holderTeamId: null,
    wrongTeamIds: [],
  };
}

/** The console's question status of a buzzer round: the buzz order, pushed as it happens. */
export function BuzzOrderStatus({ status, buzz }: { status: QuestionStatus; buzz?: LiveBuzzState | null }) {
  const t = useT();
  return (
    <>
      <Typography.Text strong>{t('buzzOrder')}</Typography.Text>
      <BuzzTable buzz={buzz ?? buzzFromStatus(status)} />
    </>
  );
}
