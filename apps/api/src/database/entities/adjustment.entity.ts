import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('adjustments')
export class AdjustmentEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36 }) contestId!: string;
  @Column('varchar', { length: 36 }) teamId!: string;
  @Column('float') points!: number;
  @Column('varchar', { length: 500 }) reason!: string;
  @Column('varchar', { length: 36 }) createdBy!: string;
  @CreateDateColumn() createdAt!: Date;
}
