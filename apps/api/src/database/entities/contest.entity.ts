import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ContestStatus, GroupScoreMode } from '@jingsai/domain';

export interface ContestSettings {
  /** Answers up to this many ms after the deadline still count. */
  graceMs?: number;
  /** Public board frozen from this ISO time (manual freeze), or for the last N minutes before `endsAt`. */
  freeze?: { mode: 'manual'; frozenAt: string } | { mode: 'lastMinutes'; minutes: number; contestEndsAt: string } | null;
  /** Lifelines per team for the whole contest, e.g. 2 智囊团 (think-tank) consultations. */
  lifelines?: { thinkTank: number };
  /** 申诉: how long after a question ends (a paper is handed in) a team may appeal; null = until the next question opens (papers: 10 minutes). */
  appeals?: { windowMinutes: number | null; showOnScreen: boolean };
  /** Group totals on the board: the mean of the group's teams (default) or their sum. */
  groupScore?: GroupScoreMode;
  /** The venue: whether the big screen's lobby shows the join codes, and the address phones use (one of the server's). */
  venue?: { showJoinCodes?: boolean; joinUrl?: string | null };
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
