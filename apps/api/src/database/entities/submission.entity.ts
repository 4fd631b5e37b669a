import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AnswerValue, SubmissionStatus } from '@jingsai/domain';

@Entity('submissions')
@Index(['contestantId', 'clientKey'], { unique: true })
@Index(['contestId', 'status'])
export class SubmissionEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Column('varchar', { length: 36 }) contestId!: string;
  @Column('varchar', { length: 36 }) roundId!: string;
  @Index() @Column('varchar', { length: 36 }) roundQuestionId!: string;
  @Column('varchar', { length: 36 }) questionId!: string;
  @Index() @Column('varchar', { length: 36 }) teamId!: string;
  @Column('varchar', { length: 36 }) contestantId!: string;
  @Column('simple-json') answer!: AnswerValue;
  @Column('varchar', { length: 64, nullable: true }) clientKey!: string | null;
  /** "roundQuestionId:contestantId" (or team): one accepted answer per slot. Null for too-late answers. */
  @Column('varchar', { length: 80, nullable: true, unique: true }) answerSlot!: string | null;
  @Column({ type: Date }) receivedAt!: Date;
  @Column('varchar', { length: 16 }) status!: SubmissionStatus;
  @Column('float', { nullable: true }) score!: number | null;
  @Column('boolean', { nullable: true }) correct!: boolean | null;
  @Column({ type: Date, nullable: true }) gradedAt!: Date | null;
}
