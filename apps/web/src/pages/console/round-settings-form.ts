import type { RoundKind } from '@jingsai/domain';
import type { RoundSettingsInput } from '../../api/round-settings';

/** The add-round form's settings fields, as antd holds them (tags are strings). */
export interface RoundSettingsForm {
  points?: number | null;
  wrongPenalty?: number | null;
  falseStartPenalty?: number | null;
  passOnWrong?: boolean;
  stakes?: (string | number)[];
  stakeOncePerTeam?: boolean;
  teamScore?: 'sum' | 'mean';
  multipleKind?: 'all-or-nothing' | 'partial';
  share?: number | null;
  wrongPoints?: number | null;
  judgesPerAnswer?: number | null;
  judgeRule?: 'mean' | 'median' | 'trimmed';
  maxSpread?: number | null;
}

export const DEFAULT_ROUND_SETTINGS: RoundSettingsForm = {
  passOnWrong: true,
  stakes: ['10', '20', '30'],
  stakeOncePerTeam: true,
  teamScore: 'sum',
  multipleKind: 'all-or-nothing',
  judgeRule: 'mean',
};

/** Stake tiers typed as tags: positive numbers, distinct, ascending. */
export function parseStakes(values: (string | number)[] | undefined): number[] {
  const numbers = (values ?? []).map((v) => Number(String(v).trim())).filter((n) => Number.isFinite(n) && n > 0);
  return [...new Set(numbers)].sort((a, b) => a - b);
}

export function invalidStakes(values: (string | number)[] | undefined): string[] {
  return (values ?? []).map(String).filter((v) => {
    const n = Number(v.trim());
    return !Number.isFinite(n) || n <= 0;
  });
}

const num = (v: number | null | undefined): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Only the settings of the chosen kind, and only the fields the organizer set. */
export function toRoundSettings(kind: RoundKind, form: RoundSettingsForm | undefined): RoundSettingsInput {
  const f = form ?? {};
  const settings: RoundSettingsInput = {
    points: num(f.points),
    judgesPerAnswer: num(f.judgesPerAnswer),
    judgeRule: f.judgeRule,
    maxSpread: num(f.maxSpread),
    multiplePolicy:
      f.multipleKind === 'partial' ? { kind: 'partial', share: num(f.share) ?? 0.5, wrongPoints: num(f.wrongPoints) } : { kind: 'all-or-nothing' },
  };
  if (kind === 'required') settings.wrongPenalty = num(f.wrongPenalty);
  if (kind === 'buzzer') {
    settings.wrongPenalty = num(f.wrongPenalty);
    settings.falseStartPenalty = num(f.falseStartPenalty);
    settings.passOnWrong = f.passOnWrong ?? false;
  }
  if (kind === 'risk') {
    settings.stakes = parseStakes(f.stakes);
    settings.stakeOncePerTeam = f.stakeOncePerTeam ?? false;
  }
  if (kind === 'written') settings.teamScore = f.teamScore;
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) as RoundSettingsInput;
}
