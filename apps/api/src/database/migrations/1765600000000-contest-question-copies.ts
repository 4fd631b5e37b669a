import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * Each contest keeps its own copy of every question its rounds use (bank edits no longer reach a
 * contest; a fix inside a contest reaches no other). Existing contests get copies of what they use now.
 */
export class ContestQuestionCopies1765600000000 implements MigrationInterface {
  name = 'ContestQuestionCopies1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const ref = (name: string, isPrimary = false) => ({ name, type: 'varchar', length: '36', isPrimary });
    await queryRunner.createTable(
      new Table({
        name: 'contest_questions',
        columns: [
          ref('contestId', true),
          ref('questionId', true),
          ref('bankId'),
          { name: 'type', type: 'varchar', length: '16' },
          { name: 'points', type: 'float' },
          { name: 'body', type: 'text' },
          { name: 'revision', type: 'integer', default: 1 },
          { name: 'updatedAt', type: postgres ? 'timestamptz' : 'datetime', default: postgres ? 'now()' : "(strftime('%Y-%m-%d %H:%M:%f', 'now'))" },
        ],
      }),
    );
    // Double quotes name a column or table in both SQLite and PostgreSQL.
    const schema = (queryRunner.connection.options as { schema?: string }).schema;
    const table = (name: string) => (schema ? `"${schema}"."${name}"` : `"${name}"`);
    await queryRunner.query(
      `INSERT INTO ${table('contest_questions')} ("contestId", "questionId", "bankId", "type", "points", "body", "revision") ` +
        `SELECT DISTINCT rq."contestId", q."id", q."bankId", q."type", q."points", q."body", 1 ` +
        `FROM ${table('round_questions')} rq JOIN ${table('questions')} q ON q."id" = rq."questionId"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('contest_questions');
  }
}
