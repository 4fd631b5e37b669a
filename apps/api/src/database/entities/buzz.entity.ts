import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('buzzes')
export class BuzzEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36 }) roundQuestionId!: string;
  @Column('varchar', { length: 36 }) teamId!: string;
  @Column('varchar', { length: 36 }) contestantId!: string;
  /** Server receive time; decides the order. */
  @Column({ type: Date }) at!: Date;
  @Column('integer') seq!: number;
  @Column('boolean', { default: false }) falseStart!: boolean;
}
