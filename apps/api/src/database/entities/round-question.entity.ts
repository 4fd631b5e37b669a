import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import type { RoundQuestionStatus } from '@jingsai/domain';

export type { RoundQuestionStatus };

/** A question placed in a round, with its live state: opened, deadline, closed. */
@Entity('round_questions')
@Index(['roundId', 'questionId'], { unique: true })
export class RoundQuestionEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36 }) contestId!: string;
  @Column('varchar', { length: 36 }) roundId!: string;
  @Column('varchar', { length: 36 }) questionId!: string;
  @Column('integer') position!: number;
  @Column('varchar', { length: 16, default: 'pending' }) status!: RoundQuestionStatus;
  @Column({ type: Date, nullable: true }) openedAt!: Date | null;
  @Column({ type: Date, nullable: true }) deadline!: Date | null;
  @Column({ type: Date, nullable: true }) closedAt!: Date | null;
  /** Set while the organizer has paused the question; the deadline moves on resume. */
  @Column({ type: Date, nullable: true }) pausedAt!: Date | null;
  /** Rounds answered in turn: the one team that may answer this question (set when it opens). */
  @Column('varchar', { length: 36, nullable: true }) assignedTeamId!: string | null;
}
