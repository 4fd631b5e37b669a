import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * Sessions that can be ended (a password change, a disabled account, a member moved to a new phone or
 * removed), the default admin's forced password change, team rosters and caps, members bound to their
 * phone (secret hash + PIN), and requests to continue on a new phone.
 */
export class SessionsAndRosters1765800000000 implements MigrationInterface {
  name = 'SessionsAndRosters1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const time = postgres ? 'timestamptz' : 'datetime';
    const schema = (queryRunner.connection.options as { schema?: string }).schema;
    const table = (name: string) => (schema ? `"${schema}"."${name}"` : `"${name}"`);

    await queryRunner.addColumns('users', [
      new TableColumn({ name: 'mustChangePassword', type: 'boolean', default: false }),
      new TableColumn({ name: 'sessionVersion', type: 'integer', default: 0 }),
      new TableColumn({ name: 'disabledAt', type: time, isNullable: true }),
    ]);
    // scrypt hashes are longer than bcrypt's (SQLite does not enforce varchar lengths).
    if (postgres) await queryRunner.query(`ALTER TABLE ${table('users')} ALTER COLUMN "passwordHash" TYPE varchar(200)`);

    await queryRunner.addColumn('teams', new TableColumn({ name: 'memberCap', type: 'integer', isNullable: true }));
    // Teams made before rosters keep taking members: a cap of 5, or what they already have.
    const counts = (await queryRunner.query(`SELECT t."id" AS id, COUNT(c."id") AS n FROM ${table('teams')} t LEFT JOIN ${table('contestants')} c ON c."teamId" = t."id" GROUP BY t."id"`)) as { id: string; n: number | string }[];
    for (const { id, n } of counts) await queryRunner.query(`UPDATE ${table('teams')} SET "memberCap" = ${Math.max(5, Number(n))} WHERE "id" = '${id.replace(/'/g, "''")}'`);

    await queryRunner.addColumns('contestants', [
      new TableColumn({ name: 'seat', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'pin', type: 'varchar', length: '8', isNullable: true }),
      new TableColumn({ name: 'secretHash', type: 'varchar', length: '128', isNullable: true }),
      new TableColumn({ name: 'sessionVersion', type: 'integer', default: 0 }),
      new TableColumn({ name: 'joinedAt', type: time, isNullable: true }),
      new TableColumn({ name: 'removedAt', type: time, isNullable: true }),
    ]);
    await queryRunner.query(`UPDATE ${table('contestants')} SET "joinedAt" = "createdAt"`);
    await queryRunner.createIndex('contestants', new TableIndex({ name: 'UQ_contestants_team_name', columnNames: ['teamId', 'name'], isUnique: true }));
    await queryRunner.createIndex('contestants', new TableIndex({ name: 'UQ_contestants_team_seat', columnNames: ['teamId', 'seat'], isUnique: true }));

    const ref = (name: string, isPrimary = false) => ({ name, type: 'varchar', length: '36', isPrimary });
    await queryRunner.createTable(
      new Table({
        name: 'join_requests',
        columns: [
          ref('id', true),
          ref('contestId'),
          ref('teamId'),
          ref('contestantId'),
          { name: 'secretHash', type: 'varchar', length: '128' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'createdAt', type: time, default: postgres ? 'now()' : "(strftime('%Y-%m-%d %H:%M:%f', 'now'))" },
          { name: 'decidedAt', type: time, isNullable: true },
          { ...ref('decidedBy'), isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ['contestId'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('join_requests');
    await queryRunner.dropIndex('contestants', 'UQ_contestants_team_seat');
    await queryRunner.dropIndex('contestants', 'UQ_contestants_team_name');
    for (const c of ['removedAt', 'joinedAt', 'sessionVersion', 'secretHash', 'pin', 'seat']) await queryRunner.dropColumn('contestants', c);
    await queryRunner.dropColumn('teams', 'memberCap');
    for (const c of ['disabledAt', 'sessionVersion', 'mustChangePassword']) await queryRunner.dropColumn('users', c);
  }
}
