import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** 申诉: a team disputes a graded answer; the chief judge (or the organizer) accepts with a new score or rejects. */
@Entity('appeals')
export class AppealEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36 }) contestId!: string;
  /** Once per answer: the unique index refuses a second appeal, however the requests are spread over nodes. */
  @Index({ unique: true }) @Column('varchar', { length: 36 }) submissionId!: string;
  @Column('varchar', { length: 36 }) teamId!: string;
  @Column('varchar', { length: 36 }) contestantId!: string;
  @Column('text') reason!: string;
  @Column('varchar', { length: 16 }) status!: 'pending' | 'accepted' | 'rejected';
  @Column('float', { nullable: true }) scoreBefore!: number | null;
  @Column('float', { nullable: true }) scoreAfter!: number | null;
  @Column('text', { nullable: true }) reply!: string | null;
  @Column('varchar', { length: 36, nullable: true }) decidedBy!: string | null;
  @Column({ type: Date, nullable: true }) decidedAt!: Date | null;
  @CreateDateColumn() createdAt!: Date;
}
