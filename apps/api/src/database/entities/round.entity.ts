import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PaperSettings, RoundKind } from '@jingsai/domain';
import type { RoundSettings } from '@jingsai/scoring';

export type { PaperSettings };

/** The scoring rules' settings (libs/scoring), plus what the api itself uses: judges, papers, tie-breaks, turns. */
export interface RoundSettingsColumn extends Omit<RoundSettings, 'kind' | 'secondsPerQuestion'> {
  judgesPerAnswer?: number;
  judgeRule?: 'mean' | 'median' | 'trimmed';
  maxSpread?: number;
  /** Written rounds as individual papers: the round's questions are the pool each paper is drawn from. */
  paper?: PaperSettings;
  /** 加赛: a tie-break round; its points only break ties (first key after the score). */
  tieBreak?: boolean;
  /** Tie-break round: the only teams that may answer its questions (all teams when absent). */
  tieBreakTeams?: string[];
  /** 'in-turn': each question is assigned to one team when it opens (必答 in turn). Default 'all'. */
  assignment?: 'all' | 'in-turn';
}

@Entity('rounds')
export class RoundEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36 }) contestId!: string;
  @Column('varchar', { length: 200 }) title!: string;
  @Column('varchar', { length: 16 }) kind!: RoundKind;
  @Column('integer') position!: number;
  @Column('integer') secondsPerQuestion!: number;
  @Column('simple-json') settings!: RoundSettingsColumn;
}

/** The round as the scoring rules (libs/scoring) see it. */
export function roundSettingsOf(round: Pick<RoundEntity, 'kind' | 'secondsPerQuestion' | 'settings'>): RoundSettings {
  return { kind: round.kind, secondsPerQuestion: round.secondsPerQuestion, ...round.settings };
}
