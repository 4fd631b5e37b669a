import type { PaperSettings, ResultVisibility } from './types';

/** Round settings as POST /contests/:id/rounds takes them (RoundSettingsDto). */
export type MultiplePolicyInput = { kind: 'all-or-nothing' } | { kind: 'partial'; share: number; wrongPoints?: number };

export interface RoundSettingsInput {
  points?: number;
  wrongPenalty?: number;
  falseStartPenalty?: number;
  passOnWrong?: boolean;
  stakes?: number[];
  stakeOncePerTeam?: boolean;
  teamScore?: 'sum' | 'mean';
  multiplePolicy?: MultiplePolicyInput;
  judgesPerAnswer?: number;
  judgeRule?: 'mean' | 'median' | 'trimmed';
  maxSpread?: number;
  paper?: PaperSettings;
  tieBreak?: boolean;
  tieBreakTeams?: string[];
  assignment?: 'all' | 'in-turn';
  /** When contestants learn results; the server's default depends on the kind. */
  resultVisibility?: ResultVisibility;
  /** Blanks need the exact forms (no equal numbers in other notations, no forgiven units). */
  strict?: boolean;
}
