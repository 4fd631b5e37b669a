import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('contest_judges')
export class ContestJudgeEntity {
  @PrimaryColumn('varchar', { length: 36 }) contestId!: string;
  @PrimaryColumn('varchar', { length: 36 }) userId!: string;
  @Column('boolean', { default: false }) chief!: boolean;
}
