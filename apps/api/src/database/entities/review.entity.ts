import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One judge's score for one short answer. */
@Entity('reviews')
@Index(['submissionId', 'judgeId'], { unique: true })
export class ReviewEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Column('varchar', { length: 36 }) submissionId!: string;
  @Column('varchar', { length: 36 }) judgeId!: string;
  @Column('float') score!: number;
  @Column('varchar', { length: 1000, nullable: true }) comment!: string | null;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}
