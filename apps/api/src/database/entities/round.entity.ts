import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MultipleChoicePolicy, RoundKind } from '@jingsai/domain';

export interface RoundSettingsColumn {
  graceMs?: number;
  points?: number;
  wrongPenalty?: number;
  falseStartPenalty?: number;
  passOnWrong?: boolean;
  stakes?: number[];
  stakeOncePerTeam?: boolean;
  teamScore?: 'sum' | 'mean';
  multiplePolicy?: MultipleChoicePolicy;
  judgesPerAnswer?: number;
  judgeRule?: 'mean' | 'median' | 'trimmed';
  maxSpread?: number;
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
