import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('contestants')
export class ContestantEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36 }) contestId!: string;
  @Index() @Column('varchar', { length: 36 }) teamId!: string;
  @Column('varchar', { length: 50 }) name!: string;
  @CreateDateColumn() createdAt!: Date;
}
