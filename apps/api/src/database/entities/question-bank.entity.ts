import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('question_banks')
export class QuestionBankEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Column('varchar', { length: 200 }) name!: string;
  @Column('varchar', { length: 255, nullable: true }) sourceFile!: string | null;
  @Column('varchar', { length: 36, nullable: true }) ownerId!: string | null;
  @CreateDateColumn() createdAt!: Date;
}
