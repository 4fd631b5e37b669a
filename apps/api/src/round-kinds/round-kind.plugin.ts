import type { RoundKind, TeamRef } from '@jingsai/domain';
import type { GradedAnswer, RoundRule, SubmitContext } from '@jingsai/scoring';
import type { BuzzEntity, RoundEntity, RoundQuestionEntity, RoundSettingsColumn, StakeEntity } from '../database/entities';
import type { DrawCandidate } from './written/paper-draw';
import type { LiveBuzzState } from '@jingsai/domain';

/** What a kind may read of a question's live state (the live-state repository provides it). */
export interface RoundKindState {
  listBuzzes(roundQuestionId: string): Promise<BuzzEntity[]>;
  listWrongTeams(roundQuestionId: string): Promise<string[]>;
  findStake(roundQuestionId: string, teamId: string): Promise<StakeEntity | null>;
  listStakes(roundQuestionId: string): Promise<StakeEntity[]>;
}

/** The kind's part of a SubmitContext: buzz order for buzzer rounds, the stake for risk rounds. */
export type KindSubmitContext = Pick<SubmitContext, 'buzzOrder' | 'falseStarts' | 'wrongTeams' | 'stake'>;

/** The kind's part of the live view every screen shows. */
export interface KindLiveView {
  /** 抢答: the buzz order so far, false starts, and who holds the right to answer. */
  buzz: LiveBuzzState | null;
  /** 风险: each team's stake on the current question. */
  stakes: (TeamRef & { points: number })[] | null;
}

/** What a new round's settings are checked against: what its kind admits and the questions it draws from. */
export interface NewRound {
  accepts: RoundKindPlugin['accepts'];
  questions: DrawCandidate[];
}

/**
 * One round kind on the server: its scoring rule (libs/scoring), its settings, what it loads and what
 * it admits. Services ask the kind (`roundKind(round.kind)`) instead of comparing kind names, so a
 * new kind is one folder here, its rule in libs/scoring and one line in the registry.
 */
export interface RoundKindPlugin {
  readonly kind: RoundKind;
  readonly rule: RoundRule;
  /** Contestant actions beside answering: buzzing (抢答), staking (风险), a drawn paper (笔答). */
  readonly accepts: { buzz: boolean; stake: boolean; paper: boolean };
  /** What describing one answer's points needs beside its grade: the team's stake, the order of right answers. */
  readonly needs: { stakes: boolean; answerOrder: boolean };
  /** This kind's own settings fields: validation decorators, applied to the one round settings DTO. */
  readonly settingsFields: Record<string, PropertyDecorator[]>;
  /** Checks this kind's own fields wherever they are given (a bilingual AppError). */
  checkSettings(settings: RoundSettingsColumn, round: NewRound): void;
  /** A new round of this kind: its settings with the kind's defaults. */
  withDefaults(settings: RoundSettingsColumn): RoundSettingsColumn;
  /** What the rule needs to decide an answer now, read from the live state. */
  submitContext(state: RoundKindState, rq: RoundQuestionEntity, teamId: string): Promise<KindSubmitContext>;
  liveView(state: RoundKindState, rq: RoundQuestionEntity, round: RoundEntity, ref: (teamId: string) => TeamRef): Promise<KindLiveView>;
  /** What the next question's preview carries (risk: the stake tiers, so teams stake before it opens). */
  preview(round: RoundEntity): { stakes?: number[] };
  /** Score-log entries that are not submissions (抢答 false starts). */
  extraAnswers(roundId: string, log: { roundQuestions: RoundQuestionEntity[]; buzzes: BuzzEntity[] }): GradedAnswer[];
  /** The points one graded answer put on the board, from its rule points (笔答 mean: a share of its team's). */
  countedPoints(points: number, settings: RoundSettingsColumn, teamSize: number): number;
}

/** A kind that every team answers with nothing beside its answers; kinds override what differs. */
export const plainRoundKind: Omit<RoundKindPlugin, 'kind' | 'rule'> = {
  accepts: { buzz: false, stake: false, paper: false },
  needs: { stakes: false, answerOrder: false },
  settingsFields: {},
  checkSettings: () => undefined,
  withDefaults: (settings) => settings,
  submitContext: async () => ({}),
  liveView: async () => ({ buzz: null, stakes: null }),
  preview: () => ({}),
  extraAnswers: () => [],
  countedPoints: (points) => points,
};
