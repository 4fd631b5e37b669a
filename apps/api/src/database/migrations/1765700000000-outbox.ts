import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Live events that could not be published while Redis was down, until a relay publishes them. */
export class Outbox1765700000000 implements MigrationInterface {
  name = 'Outbox1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    await queryRunner.createTable(
      new Table({
        name: 'outbox_messages',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'message', type: 'text' },
          { name: 'createdAt', type: postgres ? 'timestamptz' : 'datetime', default: postgres ? 'now()' : "(strftime('%Y-%m-%d %H:%M:%f', 'now'))" },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outbox_messages');
  }
}
