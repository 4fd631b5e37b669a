import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Question, QuestionType } from '@jingsai/domain';

/**
 * A contest's own copy of a bank question, made when the question is put in one of its rounds.
 * Keyed by (contest, bank question id) so routes keep using the question's id; a later bank edit
 * never reaches it, and a fix made inside the contest (`revision` + 1) reaches no other contest.
 */
@Entity('contest_questions')
export class ContestQuestionEntity {
  @PrimaryColumn('varchar', { length: 36 }) contestId!: string;
  @PrimaryColumn('varchar', { length: 36 }) questionId!: string;
  @Column('varchar', { length: 36 }) bankId!: string;
  @Column('varchar', { length: 16 }) type!: QuestionType;
  @Column('float') points!: number;
  @Column('simple-json') body!: Question;
  /** Starts at 1; every fix inside the contest adds one (grading locks the row it reads). */
  @Column('integer', { default: 1 }) revision!: number;
  @UpdateDateColumn() updatedAt!: Date;
}
