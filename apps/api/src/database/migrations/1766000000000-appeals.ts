import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** 申诉: one appeal per graded answer, decided by the chief judge or the organizer. */
export class Appeals1766000000000 implements MigrationInterface {
  name = 'Appeals1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const time = postgres ? 'timestamptz' : 'datetime';
    const ref = (name: string, isPrimary = false) => ({ name, type: 'varchar', length: '36', isPrimary });
    await queryRunner.createTable(
      new Table({
        name: 'appeals',
        columns: [
          ref('id', true),
          ref('contestId'),
          ref('submissionId'),
          ref('teamId'),
          ref('contestantId'),
          { name: 'reason', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'scoreBefore', type: 'float', isNullable: true },
          { name: 'scoreAfter', type: 'float', isNullable: true },
          { name: 'reply', type: 'text', isNullable: true },
          { ...ref('decidedBy'), isNullable: true },
          { name: 'decidedAt', type: time, isNullable: true },
          { name: 'createdAt', type: time, default: postgres ? 'now()' : "(strftime('%Y-%m-%d %H:%M:%f', 'now'))" },
        ],
        indices: [
          new TableIndex({ columnNames: ['contestId'] }),
          new TableIndex({ name: 'UQ_appeals_submission', columnNames: ['submissionId'], isUnique: true }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('appeals');
  }
}
