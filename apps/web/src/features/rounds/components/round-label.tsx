import { Space, Tag, Tooltip, Typography } from 'antd';
import { type ContestRound, ROUND_KIND_LABELS, type ResultVisibility } from '@jingsai/domain';
import { useBilingual, useT, type MessageKey } from '../../../i18n/index';

export const VISIBILITY_LABELS: Record<ResultVisibility, MessageKey> = {
  immediately: 'visibilityImmediately',
  'after-close': 'visibilityAfterClose',
  'after-round': 'visibilityAfterRound',
};

/** What the server does when a round does not say: written papers at the round's end, live questions at close. */
export function visibilityOf(round: Pick<ContestRound, 'kind' | 'settings'>): ResultVisibility {
  return round.settings?.resultVisibility ?? (round.kind === 'written' ? 'after-round' : 'after-close');
}

/** The round's header in the console: kind, mode and the rules a contestant notices (results, strict blanks, stakes). */
export function RoundLabel({ round }: { round: ContestRound }) {
  const t = useT();
  const pick = useBilingual();
  const settings = round.settings ?? {};
  return (
    <Space wrap size={[4, 4]}>
      <b>{round.title}</b>
      <Tag>{pick(ROUND_KIND_LABELS[round.kind])}</Tag>
      {settings.paper && <Tag color="geekblue">{t('paperMode')}</Tag>}
      {settings.tieBreak && <Tag color="orange">{t('tieBreakRound')}</Tag>}
      {settings.assignment === 'in-turn' && <Tag>{t('assignmentInTurn')}</Tag>}
      {round.kind === 'risk' && settings.stakes && <Tag color="volcano">{t('stakeTiersShort', { tiers: settings.stakes.join(' / ') })}</Tag>}
      <Tooltip title={t('resultVisibility')}>
        <Tag color="cyan">{t(VISIBILITY_LABELS[visibilityOf(round)])}</Tag>
      </Tooltip>
      {settings.strict && <Tag color="red">{t('strictShort')}</Tag>}
      <Typography.Text type="secondary">
        {round.questions.length} · {round.secondsPerQuestion}
        {t('seconds')}
      </Typography.Text>
    </Space>
  );
}
