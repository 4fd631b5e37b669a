import { Tag } from 'antd';
import type { ContestRoundSettings, LiveView } from '@jingsai/domain';
import { useT } from '../../../../i18n/index';

/** The round's stake tiers, in its header. */
export function StakeTiersTag({ settings }: { settings: ContestRoundSettings }) {
  const t = useT();
  return settings.stakes ? <Tag color="volcano">{t('stakeTiersShort', { tiers: settings.stakes.join(' / ') })}</Tag> : null;
}

/** The team's stake on the question, on the phone's question card. */
export function MyStakeTag({ view, teamId }: { view: LiveView; teamId: string }) {
  const t = useT();
  const mine = view.stakes?.find((s) => s.teamId === teamId);
  return mine ? <Tag color="volcano">{t('myStake', { n: mine.points })}</Tag> : null;
}
