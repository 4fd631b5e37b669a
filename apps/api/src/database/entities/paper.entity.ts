import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One contestant's paper in a written round (笔答/初赛): the questions drawn for them, in their
 * order, and each choice question's options in the order shown (original keys; shown as A, B, C…).
 */
@Entity('papers')
@Index(['roundId', 'contestantId'], { unique: true })
export class PaperEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36 }) contestId!: string;
  @Column('varchar', { length: 36 }) roundId!: string;
  @Column('varchar', { length: 36 }) contestantId!: string;
  @Column('varchar', { length: 36 }) teamId!: string;
  /** Question ids in the order this contestant sees them. */
  @Column('simple-json') questionIds!: string[];
  /** Per choice question: the original option keys in display order (display letter i ↔ keys[i]). */
  @Column('simple-json') optionOrders!: Record<string, string[]>;
  /** Server time the contestant opened the paper: their personal clock starts here. */
  @Column({ type: Date }) startedAt!: Date;
  /** startedAt + the round's minutes (the window's close can end it earlier). */
  @Column({ type: Date }) deadline!: Date;
  /** Handed in early (交卷): no answers after this. */
  @Column({ type: Date, nullable: true }) submittedAt!: Date | null;
}
