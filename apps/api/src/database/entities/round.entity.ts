import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PaperSettings, RoundApiSettings, RoundKind } from '@jingsai/domain';
import type { RoundSettings } from '@jingsai/scoring';

export type { PaperSettings };

/** The scoring rules' settings (libs/scoring), plus what the api itself uses (the contract's RoundApiSettings): judges, papers, tie-breaks, turns. */
export interface RoundSettingsColumn extends Omit<RoundSettings, 'kind' | 'secondsPerQuestion'>, RoundApiSettings {}

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
