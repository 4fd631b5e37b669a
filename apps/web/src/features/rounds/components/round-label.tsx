import { Space, Tag, Tooltip, Typography } from 'antd';
import type { ContestRound } from '@jingsai/domain';
import { useBilingual, useT } from '../../../i18n/index';
import { roundKindOf } from '../kinds/registry';
import { VISIBILITY_LABELS, visibilityOf } from './visibility';

/** The round's header in the console: kind, mode and the rules a contestant notices (results, strict blanks, stakes). */
export function RoundLabel({ round }: { round: ContestRound }) {
  const t = useT();
  const pick = useBilingual();
  const settings = round.settings ?? {};
  const plugin = roundKindOf(round.kind);
  return (
    <Space wrap size={[4, 4]}>
      <b>{round.title}</b>
      <Tag>{pick(plugin.label)}</Tag>
      {settings.paper && <Tag color="geekblue">{t('paperMode')}</Tag>}
      {settings.tieBreak && <Tag color="orange">{t('tieBreakRound')}</Tag>}
      {settings.assignment === 'in-turn' && <Tag>{t('assignmentInTurn')}</Tag>}
      {plugin.Tags && <plugin.Tags settings={settings} />}
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
