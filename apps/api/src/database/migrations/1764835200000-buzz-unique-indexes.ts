import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * One buzz per team per question, and one buzz per sequence number per question: the database,
 * not the api node, guarantees the order when several nodes take buzzes at once.
 */
export class BuzzUniqueIndexes1764835200000 implements MigrationInterface {
  name = 'BuzzUniqueIndexes1764835200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('buzzes', new TableIndex({ name: 'UQ_buzzes_round_question_team', columnNames: ['roundQuestionId', 'teamId'], isUnique: true }));
    await queryRunner.createIndex('buzzes', new TableIndex({ name: 'UQ_buzzes_round_question_seq', columnNames: ['roundQuestionId', 'seq'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('buzzes', 'UQ_buzzes_round_question_seq');
    await queryRunner.dropIndex('buzzes', 'UQ_buzzes_round_question_team');
  }
}
