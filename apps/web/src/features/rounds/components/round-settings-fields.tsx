import { Divider, Form, InputNumber, Select, Switch } from 'antd';
import type { ContestTeam, RoundKind } from '@jingsai/domain';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/index';
import { PaperDrawFields } from './paper-draw-fields';
import { ResultSettingsFields } from './result-settings-fields';
import { invalidStakes } from '../utils/round-settings-form';

const item = { style: { flex: 1, minWidth: 160 } };

function Row({ children }: { children: ReactNode }) {
  return <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>{children}</div>;
}

/** The settings of a new round: the chosen kind's rules, then scoring and judging for every kind. Fields live under `settings`. */
export function RoundSettingsFields({ kind, teams }: { kind: RoundKind; teams: ContestTeam[] }) {
  const t = useT();
  return (
    <div data-testid="round-settings">
      <Divider orientation="left" plain style={{ marginTop: 0 }}>
        {t('roundSettings')}
      </Divider>
      <KindFields kind={kind} />
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

function KindFields({ kind }: { kind: RoundKind }) {
  const t = useT();
  switch (kind) {
    case 'required':
      return (
        <Row>
          <Form.Item name={['settings', 'wrongPenalty']} label={t('wrongPenalty')} {...item}>
            <InputNumber min={0} max={10000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name={['settings', 'assignment']} label={t('assignment')} tooltip={t('assignmentHint')} {...item}>
            <Select
              data-testid="assignment"
              options={[
                { value: 'all', label: t('assignmentAll') },
                { value: 'in-turn', label: t('assignmentInTurn') },
              ]}
            />
          </Form.Item>
        </Row>
      );
    case 'buzzer':
      return (
        <Row>
          <Form.Item name={['settings', 'wrongPenalty']} label={t('wrongPenalty')} {...item}>
            <InputNumber min={0} max={10000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name={['settings', 'falseStartPenalty']} label={t('falseStartPenalty')} {...item}>
            <InputNumber min={0} max={10000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name={['settings', 'passOnWrong']} label={t('passOnWrong')} valuePropName="checked" {...item}>
            <Switch />
          </Form.Item>
        </Row>
      );
    case 'risk':
      return (
        <Row>
          <Form.Item
            name={['settings', 'stakes']}
            label={t('stakeTiers')}
            tooltip={t('stakeTiersHint')}
            extra={t('stakeTiersDefault')}
            style={{ flex: 2, minWidth: 240 }}
            rules={[
              {
                validator: (_, v: (string | number)[] | undefined) => {
                  if (!v || v.length === 0) return Promise.reject(new Error(t('required')));
                  if (v.length > 10) return Promise.reject(new Error(t('stakeTiersMax')));
                  const bad = invalidStakes(v);
                  return bad.length ? Promise.reject(new Error(`${t('stakeTiersInvalid')}: ${bad.join(', ')}`)) : Promise.resolve();
                },
              },
            ]}
          >
            <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} data-testid="stake-tiers" />
          </Form.Item>
          <Form.Item name={['settings', 'stakeOncePerTeam']} label={t('stakeOncePerTeam')} valuePropName="checked" {...item}>
            <Switch />
          </Form.Item>
        </Row>
      );
    case 'written':
      return (
        <>
        <Row>
          <Form.Item name={['settings', 'teamScore']} label={t('teamScoreRule')} {...item}>
            <Select
              options={[
                { value: 'sum', label: t('teamScoreSum') },
                { value: 'mean', label: t('teamScoreMean') },
              ]}
            />
          </Form.Item>
        </Row>
        <PaperDrawFields />
        </>
      );
    default:
      return null;
  }
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
