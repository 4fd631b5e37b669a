/**
 * A round kind on the web, as one plug-in: its label, its settings fields (with their defaults and how
 * they become the round's settings), its tags in the console, its piece of the console's question
 * status, and its pieces on the phone. The registry lists them; nothing else asks `kind === …`.
 */
import type { ComponentType } from 'react';
import type { BuzzResult, ContestRoundSettings, LiveBuzzState, LiveView, QuestionStatus, ResultVisibility, RoundKind, RoundSettingsInput } from '@jingsai/domain';
import type { ActionChannel } from '../../live/utils/live-action';
import type { RoundSettingsForm } from '../utils/round-settings-form';

/** What a phone piece of a kind gets: the live view, the team, where actions go. */
export interface PhoneContext {
  contestId: string;
  teamId: string;
  channel: ActionChannel;
  view: LiveView;
  questionId: string;
  /** The question is open and its time has not run out. */
  open: boolean;
  /** This phone's answer is in (or refused). */
  submitted: boolean;
  /** Another team answers this question (in turn), or this team is not in the tie-break. */
  sidelined: boolean;
  onBuzz: (result: BuzzResult) => void;
}

export interface UpcomingContext {
  contestId: string;
  channel: ActionChannel;
  next: NonNullable<LiveView['next']>;
  /** What the team chose for that question on this phone (kept by the page across renders). */
  chosen: number | null;
  onChosen: (points: number) => void;
}

export interface RoundKindPlugin {
  kind: RoundKind;
  label: { zh: string; en: string };
  /** When contestants learn results if the round does not say. */
  defaultVisibility: ResultVisibility;
  /** The kind's own fields in the add-round form (names under `settings`). */
  SettingsFields?: ComponentType;
  /** Defaults of those fields. */
  defaults?: Partial<RoundSettingsForm>;
  /** The kind's settings from the form's values. */
  toSettings?: (form: RoundSettingsForm) => Partial<RoundSettingsInput>;
  /** Tags of the kind in a round's header (console). */
  Tags?: ComponentType<{ settings: ContestRoundSettings }>;
  /** The kind's piece of the console's question status (the buzz order, the stakes). */
  ConsolePanel?: ComponentType<{ status: QuestionStatus; buzz?: LiveBuzzState | null }>;
  /** The phone, above the question card while the question is live (the buzz button). */
  PhonePanel?: ComponentType<PhoneContext>;
  /** The phone: whether this team holds the right to answer now (default: yes). */
  mayAnswer?: (view: LiveView, teamId: string) => boolean;
  /** The phone's tag on the question card (the team's stake). */
  PhoneTag?: ComponentType<{ view: LiveView; teamId: string }>;
  /** The phone, while the next question of this kind has not opened (the stake picker). */
  PhoneUpcoming?: ComponentType<UpcomingContext>;
}
