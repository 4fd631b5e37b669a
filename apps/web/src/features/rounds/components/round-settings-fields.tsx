import { Divider, Form, InputNumber, Select, Switch } from 'antd';
import type { ContestTeam, RoundKind } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { roundKindOf } from '../kinds/registry';
import { ResultSettingsFields } from './result-settings-fields';
import { settingsItem as item, SettingsRow as Row } from './settings-row';

/** The settings of a new round: the chosen kind's rules, then scoring and judging for every kind. Fields live under `settings`. */
export function RoundSettingsFields({ kind, teams }: { kind: RoundKind; teams: ContestTeam[] }) {
  const t = useT();
  const KindFields = roundKindOf(kind).SettingsFields;
  return (
    <div data-testid="round-settings">
      <Divider orientation="left" plain style={{ marginTop: 0 }}>
        {t('roundSettings')}
      </Divider>
      {KindFields && <KindFields />}
      <ResultSettingsFields kind={kind} />
      <TieBreakFields teams={teams} />
      <Row>
        <Form.Item name={['settings', 'points']} label={t('pointsOverride')} tooltip={t('pointsOverrideHint')} {...item}>
          <InputNumber min={0} max={10000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name={['settings', 'multipleKind']} label={t('multiplePolicy')} {...item}>
          <Select
            options={[
              { value: 'all-or-nothing', label: t('policyAllOrNothing') },
              { value: 'partial', label: t('policyPartial') },
            ]}
          />
        </Form.Item>
        <PartialFields />
      </Row>
      <Row>
        <Form.Item name={['settings', 'judgesPerAnswer']} label={t('judgesPerAnswer')} {...item}>
          <InputNumber min={1} max={9} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name={['settings', 'judgeRule']} label={t('judgeRule')} {...item}>
          <Select
            options={[
              { value: 'mean', label: t('judgeRuleMean') },
              { value: 'median', label: t('judgeRuleMedian') },
              { value: 'trimmed', label: t('judgeRuleTrimmed') },
            ]}
          />
        </Form.Item>
        <Form.Item name={['settings', 'maxSpread']} label={t('maxSpread')} tooltip={t('maxSpreadHint')} {...item}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
      </Row>
    </div>
  );
}

/** 少选 share and 错选 points, only under the partial policy. */
function PartialFields() {
  const t = useT();
  const policy = Form.useWatch<string | undefined>(['settings', 'multipleKind']);
  if (policy !== 'partial') return null;
  return (
    <>
      <Form.Item name={['settings', 'share']} label={t('partialShare')} tooltip={t('partialShareHint')} rules={[{ required: true, message: t('required') }]} {...item}>
        <InputNumber min={0} max={1} step={0.1} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name={['settings', 'wrongPoints']} label={t('wrongPoints')} tooltip={t('wrongPointsHint')} {...item}>
        <InputNumber max={0} min={-10000} style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}

/** 加赛: a tie-break round and the teams that play it. */
function TieBreakFields({ teams }: { teams: ContestTeam[] }) {
  const t = useT();
  const on = Form.useWatch<boolean | undefined>(['settings', 'tieBreak']);
  return (
    <Row>
      <Form.Item name={['settings', 'tieBreak']} label={t('tieBreakRound')} tooltip={t('tieBreakRoundHint')} valuePropName="checked" {...item}>
        <Switch data-testid="tie-break-switch" />
      </Form.Item>
      {on && (
        <Form.Item name={['settings', 'tieBreakTeams']} label={t('tieBreakTeams')} tooltip={t('tieBreakTeamsHint')} style={{ flex: 3, minWidth: 260 }}>
          <Select mode="multiple" allowClear placeholder={t('allTeams')} options={teams.map((team) => ({ value: team.id, label: team.name }))} />
        </Form.Item>
      )}
    </Row>
  );
}
