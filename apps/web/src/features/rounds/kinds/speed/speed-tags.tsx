import { Tag } from 'antd';
import type { ContestRoundSettings } from '@jingsai/domain';
import { useT } from '../../../../i18n/index';
import { DEFAULT_SPEED_TIERS } from './speed-tiers';

/** The round's speed tiers (the share of the points by order of arrival), in its header. */
export function SpeedTiersTag({ settings }: { settings: ContestRoundSettings }) {
  const t = useT();
  const tiers = settings.speedTiers?.length ? settings.speedTiers : DEFAULT_SPEED_TIERS;
  return (
    <Tag color="magenta" data-testid="speed-tiers-tag">
      {t('speedTiersShort', { tiers: tiers.join(' / ') })}
    </Tag>
  );
}
