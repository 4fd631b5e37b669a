import type { GradeDetail } from '@jingsai/grading';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Every grade ever given to a submission; a rejudge supersedes the old one instead of overwriting it. */
@Entity('grades')
export class GradeEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36 }) submissionId!: string;
  @Column('varchar', { length: 16 }) status!: 'graded' | 'review';
  @Column('float') score!: number;
  @Column('boolean', { nullable: true }) correct!: boolean | null;
  @Column('simple-json', { nullable: true }) detail!: GradeDetail | null;
  /** 'auto' (worker), 'judges' (review panel), 'rejudge' (key fixed), 'appeal' (an accepted appeal). */
  @Column('varchar', { length: 16 }) source!: 'auto' | 'judges' | 'rejudge' | 'appeal';
  @CreateDateColumn() createdAt!: Date;
  @Column({ type: Date, nullable: true }) supersededAt!: Date | null;
}
