import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Written rounds as individual papers: each contestant's drawn paper, and each round's paper window. */
export class Papers1765400000000 implements MigrationInterface {
  name = 'Papers1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const time = queryRunner.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const ref = (name: string, isPrimary = false) => ({ name, type: 'varchar', length: '36', isPrimary });
    await queryRunner.createTable(
      new Table({
        name: 'papers',
        columns: [
          ref('id', true),
          ref('contestId'),
          ref('roundId'),
          ref('contestantId'),
          ref('teamId'),
          { name: 'questionIds', type: 'text' },
          { name: 'optionOrders', type: 'text' },
          { name: 'startedAt', type: time },
          { name: 'deadline', type: time },
          { name: 'submittedAt', type: time, isNullable: true },
        ],
        indices: [
          new TableIndex({ columnNames: ['contestId'] }),
          new TableIndex({ name: 'UQ_papers_round_contestant', columnNames: ['roundId', 'contestantId'], isUnique: true }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'paper_windows',
        columns: [ref('roundId', true), ref('contestId'), { name: 'openedAt', type: time }, { name: 'closedAt', type: time, isNullable: true }],
        indices: [new TableIndex({ columnNames: ['contestId'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('paper_windows');
    await queryRunner.dropTable('papers');
  }
}
