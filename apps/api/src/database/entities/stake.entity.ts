import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('stakes')
@Index(['roundQuestionId', 'teamId'], { unique: true })
export class StakeEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Column('varchar', { length: 36 }) roundId!: string;
  @Column('varchar', { length: 36 }) roundQuestionId!: string;
  @Column('varchar', { length: 36 }) teamId!: string;
  @Column('float') points!: number;
  @CreateDateColumn() createdAt!: Date;
}
