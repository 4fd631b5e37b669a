import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * Lifelines (智囊团 think-tank uses, one row per use, numbered per team and kind so the limit holds
 * across api nodes) and required rounds in turn (the team a question is assigned to).
 */
export class LifelinesAndTurns1765300000000 implements MigrationInterface {
  name = 'LifelinesAndTurns1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const ref = (name: string) => ({ name, type: 'varchar', length: '36' });
    await queryRunner.createTable(
      new Table({
        name: 'lifeline_uses',
        columns: [
          { ...ref('id'), isPrimary: true },
          ref('contestId'),
          ref('teamId'),
          ref('contestantId'),
          ref('roundQuestionId'),
          ref('questionId'),
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'seq', type: 'integer' },
          { name: 'createdAt', type: postgres ? 'timestamptz' : 'datetime', default: postgres ? 'now()' : "(strftime('%Y-%m-%d %H:%M:%f', 'now'))" },
        ],
        indices: [
          new TableIndex({ name: 'UQ_lifeline_uses_question_team_kind', columnNames: ['roundQuestionId', 'teamId', 'kind'], isUnique: true }),
          new TableIndex({ name: 'UQ_lifeline_uses_team_kind_seq', columnNames: ['contestId', 'teamId', 'kind', 'seq'], isUnique: true }),
        ],
      }),
    );
    await queryRunner.addColumn('round_questions', new TableColumn({ name: 'assignedTeamId', type: 'varchar', length: '36', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('round_questions', 'assignedTeamId');
    await queryRunner.dropTable('lifeline_uses');
  }
}
