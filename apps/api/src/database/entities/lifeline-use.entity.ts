import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { LifelineKind } from '@jingsai/domain';

/**
 * One use of a lifeline (智囊团 think-tank…) by a team on a question. `seq` numbers a team's
 * uses of a kind in the contest (1..N): the unique index on it keeps the limit across api nodes.
 */
@Entity('lifeline_uses')
@Index(['roundQuestionId', 'teamId', 'kind'], { unique: true })
@Index(['contestId', 'teamId', 'kind', 'seq'], { unique: true })
export class LifelineUseEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Column('varchar', { length: 36 }) contestId!: string;
  @Column('varchar', { length: 36 }) teamId!: string;
  @Column('varchar', { length: 36 }) contestantId!: string;
  @Column('varchar', { length: 36 }) roundQuestionId!: string;
  @Column('varchar', { length: 36 }) questionId!: string;
  @Column('varchar', { length: 32 }) kind!: LifelineKind;
  @Column('integer') seq!: number;
  @CreateDateColumn() createdAt!: Date;
}
