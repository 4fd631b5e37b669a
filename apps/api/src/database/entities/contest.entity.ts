import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ContestStatus } from '@jingsai/domain';

export interface ContestSettings {
  /** Answers up to this many ms after the deadline still count. */
  graceMs?: number;
  /** Public board frozen from this ISO time (manual freeze), or for the last N minutes before `endsAt`. */
  freeze?: { mode: 'manual'; frozenAt: string } | { mode: 'lastMinutes'; minutes: number; contestEndsAt: string } | null;
  /** Lifelines per team for the whole contest, e.g. 2 智囊团 (think-tank) consultations. */
  lifelines?: { thinkTank: number };
  /** The analysis report: the big screen's option bar after a question closes; the time zone of the results workbook. */
  report?: { optionSharesOnScreen?: boolean; timeZone?: string };
}

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
