import type { QuestionType, ResultVisibility, RoundKind, RoundSettingsInput } from '@jingsai/domain';
import { num } from '../kinds/num';
import { KNOWN_ROUND_KINDS, roundKindOf } from '../kinds/registry';

/** The add-round form's settings fields, as antd holds them (tags are strings). */
export interface RoundSettingsForm {
  points?: number | null;
  wrongPenalty?: number | null;
  falseStartPenalty?: number | null;
  passOnWrong?: boolean;
  stakes?: (string | number)[];
  stakeOncePerTeam?: boolean;
  /** 速答: the share of the points by order of arrival, typed as tags. */
  speedTiers?: (string | number)[];
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

/** The form's defaults: the fields every round has, then each kind's own. */
export const DEFAULT_ROUND_SETTINGS: RoundSettingsForm = Object.assign(
  {
    multipleKind: 'all-or-nothing',
    judgeRule: 'mean',
    tieBreak: false,
    tieBreakTeams: [],
  } satisfies RoundSettingsForm,
  ...KNOWN_ROUND_KINDS.map((kind) => roundKindOf(kind).defaults ?? {}),
);

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
    ...roundKindOf(kind).toSettings?.(f),
  };
  if (f.tieBreak) {
    settings.tieBreak = true;
    if (f.tieBreakTeams && f.tieBreakTeams.length > 0) settings.tieBreakTeams = f.tieBreakTeams;
  }
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) as RoundSettingsInput;
}
