import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ContestSettings, ContestStatus } from '@jingsai/domain';

export type { ContestSettings };

@Entity('contests')
export class ContestEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Column('varchar', { length: 200 }) title!: string;
  @Column('varchar', { length: 36 }) ownerId!: string;
  @Column('varchar', { length: 16, default: 'draft' }) status!: ContestStatus;
  @Column('float', { default: 0 }) baseScore!: number;
  @Column('simple-json') settings!: ContestSettings;
  /** Bumped on every change that can move the leaderboard; pushes and snapshots carry it. */
  @Column('integer', { default: 0 }) version!: number;
  @CreateDateColumn() createdAt!: Date;
}
