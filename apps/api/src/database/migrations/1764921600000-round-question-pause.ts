import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** The organizer can pause an open question: the countdown stands still and answers wait. */
export class RoundQuestionPause1764921600000 implements MigrationInterface {
  name = 'RoundQuestionPause1764921600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const type = queryRunner.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await queryRunner.addColumn('round_questions', new TableColumn({ name: 'pausedAt', type, isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('round_questions', 'pausedAt');
  }
}
