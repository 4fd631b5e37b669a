import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Question, QuestionType } from '@jingsai/domain';

/** A bank question as the code reads it: its body with its id and bank (the `draft` flag while it has no key). */
export type StoredQuestion = Question & { id: string; bankId: string };

/** Searchable columns are copied out of `body`; `body` is the full domain Question (without id/bankId). */
@Entity('questions')
export class QuestionEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36 }) bankId!: string;
  @Column('integer') position!: number;
  @Column('varchar', { length: 16 }) type!: QuestionType;
  @Column('text') stem!: string;
  @Column('float') points!: number;
  @Column('varchar', { length: 200, nullable: true }) category!: string | null;
  @Column('boolean', { default: false }) draft!: boolean;
  @Column('simple-json') body!: Question;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}
