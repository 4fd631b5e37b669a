import type { PaperSettings, QuestionType, ResultVisibility, RoundKind, RoundSettingsInput } from '@jingsai/domain';

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
  /** Written rounds: each contestant draws an individual paper. */
  paperEnabled?: boolean;
  paperDraw?: PaperDrawRow[];
  paperMinutes?: number | null;
  paperShuffle?: boolean;
  /** Required rounds: every team answers, or one team per question in turn. */
  assignment?: 'all' | 'in-turn';
  tieBreak?: boolean;
  tieBreakTeams?: string[];
  /** Unset: the kind's default (written: after the round; live rounds: after the question closes). */
  resultVisibility?: ResultVisibility;
  strict?: boolean;
}

/** One draw rule row: how many questions of a type and/or category. */
export interface PaperDrawRow {
  type?: QuestionType;
  category?: string;
  count?: number | null;
}

export const DEFAULT_ROUND_SETTINGS: RoundSettingsForm = {
  passOnWrong: true,
  stakes: ['10', '20', '30'],
  stakeOncePerTeam: true,
  teamScore: 'sum',
  multipleKind: 'all-or-nothing',
  judgeRule: 'mean',
  paperEnabled: false,
  paperDraw: [{ count: 10 }],
  paperMinutes: 30,
  paperShuffle: true,
  assignment: 'all',
  tieBreak: false,
  tieBreakTeams: [],
};

/** The paper settings from the draw rows (rows without a count are dropped). */
export function toPaperSettings(f: RoundSettingsForm): PaperSettings {
  const draw = (f.paperDraw ?? [])
    .filter((row) => typeof row.count === 'number' && row.count > 0)
    .map((row) => ({
      count: row.count as number,
      ...(row.type ? { type: row.type } : {}),
      ...(row.category?.trim() ? { category: row.category.trim() } : {}),
    }));
  return { draw, minutes: num(f.paperMinutes) ?? 30, shuffleOptions: f.paperShuffle !== false };
}

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
    resultVisibility: f.resultVisibility,
    strict: f.strict ? true : undefined,
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
  if (kind === 'required' && f.assignment === 'in-turn') settings.assignment = 'in-turn';
  if (kind === 'written') {
    settings.teamScore = f.teamScore;
    if (f.paperEnabled) settings.paper = toPaperSettings(f);
  }
  if (f.tieBreak) {
    settings.tieBreak = true;
    if (f.tieBreakTeams && f.tieBreakTeams.length > 0) settings.tieBreakTeams = f.tieBreakTeams;
  }
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) as RoundSettingsInput;
}
