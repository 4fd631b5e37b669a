import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import type { TableColumnOptions } from 'typeorm/schema-builder/options/TableColumnOptions';

type Kind = 'id' | 'ref' | 'string' | 'text' | 'int' | 'float' | 'bool' | 'time' | 'json' | 'created';

/** Column types differ between SQLite and PostgreSQL only for timestamps; everything else is portable. */
function columnFactory(queryRunner: QueryRunner) {
  const postgres = queryRunner.connection.options.type === 'postgres';
  const timeType = postgres ? 'timestamptz' : 'datetime';
  // SQLite's datetime('now') has whole seconds only; keep milliseconds so "created" orders events.
  const now = postgres ? 'now()' : "(strftime('%Y-%m-%d %H:%M:%f', 'now'))";
  return (name: string, kind: Kind, opts: Partial<TableColumnOptions> & { length?: string } = {}): TableColumnOptions => {
    const base: Record<Kind, TableColumnOptions> = {
      id: { name, type: 'varchar', length: '36', isPrimary: true },
      ref: { name, type: 'varchar', length: '36' },
      string: { name, type: 'varchar', length: opts.length ?? '200' },
      text: { name, type: 'text' },
      int: { name, type: 'integer' },
      float: { name, type: 'float' },
      bool: { name, type: 'boolean' },
      time: { name, type: timeType },
      json: { name, type: 'text' },
      created: { name, type: timeType, default: now },
    };
    return { ...base[kind], ...opts };
  };
}

export class InitialSchema1764230400000 implements MigrationInterface {
  name = 'InitialSchema1764230400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnFactory(queryRunner);
    const table = async (name: string, columns: TableColumnOptions[], indices: TableIndex[] = []) =>
      queryRunner.createTable(new Table({ name, columns, indices }));

    await table('users', [
      c('id', 'id'),
      c('username', 'string', { length: '64', isUnique: true }),
      c('passwordHash', 'string', { length: '100' }),
      c('role', 'string', { length: '16' }),
      c('createdAt', 'created'),
    ]);
    await table('question_banks', [
      c('id', 'id'),
      c('name', 'string'),
      c('sourceFile', 'string', { length: '255', isNullable: true }),
      c('ownerId', 'ref', { isNullable: true }),
      c('createdAt', 'created'),
    ]);
    await table(
      'questions',
      [
        c('id', 'id'),
        c('bankId', 'ref'),
        c('position', 'int'),
        c('type', 'string', { length: '16' }),
        c('stem', 'text'),
        c('points', 'float'),
        c('category', 'string', { isNullable: true }),
        c('draft', 'bool', { default: false }),
        c('body', 'json'),
        c('createdAt', 'created'),
        c('updatedAt', 'created'),
      ],
      [new TableIndex({ columnNames: ['bankId'] })],
    );
    await table('contests', [
      c('id', 'id'),
      c('title', 'string'),
      c('ownerId', 'ref'),
      c('status', 'string', { length: '16', default: "'draft'" }),
      c('baseScore', 'float', { default: 0 }),
      c('settings', 'json'),
      c('version', 'int', { default: 0 }),
      c('createdAt', 'created'),
    ]);
    await table('contest_judges', [
      c('contestId', 'ref', { isPrimary: true }),
      c('userId', 'ref', { isPrimary: true }),
      c('chief', 'bool', { default: false }),
    ]);
    await table(
      'teams',
      [
        c('id', 'id'),
        c('contestId', 'ref'),
        c('name', 'string', { length: '100' }),
        c('joinCode', 'string', { length: '16', isUnique: true }),
        c('groupName', 'string', { length: '100', isNullable: true }),
        c('createdAt', 'created'),
      ],
      [new TableIndex({ columnNames: ['contestId'] })],
    );
    await table(
      'contestants',
      [c('id', 'id'), c('contestId', 'ref'), c('teamId', 'ref'), c('name', 'string', { length: '50' }), c('createdAt', 'created')],
      [new TableIndex({ columnNames: ['contestId'] }), new TableIndex({ columnNames: ['teamId'] })],
    );
    await table(
      'rounds',
      [
        c('id', 'id'),
        c('contestId', 'ref'),
        c('title', 'string'),
        c('kind', 'string', { length: '16' }),
        c('position', 'int'),
        c('secondsPerQuestion', 'int'),
        c('settings', 'json'),
      ],
      [new TableIndex({ columnNames: ['contestId'] })],
    );
    await table(
      'round_questions',
      [
        c('id', 'id'),
        c('contestId', 'ref'),
        c('roundId', 'ref'),
        c('questionId', 'ref'),
        c('position', 'int'),
        c('status', 'string', { length: '16', default: "'pending'" }),
        c('openedAt', 'time', { isNullable: true }),
        c('deadline', 'time', { isNullable: true }),
        c('closedAt', 'time', { isNullable: true }),
      ],
      [new TableIndex({ columnNames: ['contestId'] }), new TableIndex({ columnNames: ['roundId', 'questionId'], isUnique: true })],
    );
    await table(
      'submissions',
      [
        c('id', 'id'),
        c('contestId', 'ref'),
        c('roundId', 'ref'),
        c('roundQuestionId', 'ref'),
        c('questionId', 'ref'),
        c('teamId', 'ref'),
        c('contestantId', 'ref'),
        c('answer', 'json'),
        c('clientKey', 'string', { length: '64', isNullable: true }),
        c('answerSlot', 'string', { length: '80', isNullable: true, isUnique: true }),
        c('receivedAt', 'time'),
        c('status', 'string', { length: '16' }),
        c('score', 'float', { isNullable: true }),
        c('correct', 'bool', { isNullable: true }),
        c('gradedAt', 'time', { isNullable: true }),
      ],
      [
        new TableIndex({ columnNames: ['contestantId', 'clientKey'], isUnique: true }),
        new TableIndex({ columnNames: ['contestId', 'status'] }),
        new TableIndex({ columnNames: ['roundQuestionId'] }),
        new TableIndex({ columnNames: ['teamId'] }),
      ],
    );
    await table(
      'grades',
      [
        c('id', 'id'),
        c('submissionId', 'ref'),
        c('status', 'string', { length: '16' }),
        c('score', 'float'),
        c('correct', 'bool', { isNullable: true }),
        c('detail', 'json', { isNullable: true }),
        c('source', 'string', { length: '16' }),
        c('createdAt', 'created'),
        c('supersededAt', 'time', { isNullable: true }),
      ],
      [new TableIndex({ columnNames: ['submissionId'] })],
    );
    await table(
      'adjustments',
      [
        c('id', 'id'),
        c('contestId', 'ref'),
        c('teamId', 'ref'),
        c('points', 'float'),
        c('reason', 'string', { length: '500' }),
        c('createdBy', 'ref'),
        c('createdAt', 'created'),
      ],
      [new TableIndex({ columnNames: ['contestId'] })],
    );
    await table(
      'audit_logs',
      [
        c('id', 'id'),
        c('contestId', 'ref', { isNullable: true }),
        c('actorId', 'ref'),
        c('action', 'string', { length: '64' }),
        c('entityId', 'ref', { isNullable: true }),
        c('before', 'json', { isNullable: true }),
        c('after', 'json', { isNullable: true }),
        c('reason', 'string', { length: '500', isNullable: true }),
        c('createdAt', 'created'),
      ],
      [new TableIndex({ columnNames: ['contestId'] })],
    );
    await table(
      'buzzes',
      [
        c('id', 'id'),
        c('roundQuestionId', 'ref'),
        c('teamId', 'ref'),
        c('contestantId', 'ref'),
        c('at', 'time'),
        c('seq', 'int'),
        c('falseStart', 'bool', { default: false }),
      ],
      [new TableIndex({ columnNames: ['roundQuestionId'] })],
    );
    await table(
      'stakes',
      [
        c('id', 'id'),
        c('roundId', 'ref'),
        c('roundQuestionId', 'ref'),
        c('teamId', 'ref'),
        c('points', 'float'),
        c('createdAt', 'created'),
      ],
      [new TableIndex({ columnNames: ['roundQuestionId', 'teamId'], isUnique: true })],
    );
    await table(
      'reviews',
      [
        c('id', 'id'),
        c('submissionId', 'ref'),
        c('judgeId', 'ref'),
        c('score', 'float'),
        c('comment', 'string', { length: '1000', isNullable: true }),
        c('createdAt', 'created'),
        c('updatedAt', 'created'),
      ],
      [new TableIndex({ columnNames: ['submissionId', 'judgeId'], isUnique: true })],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of [
      'reviews', 'stakes', 'buzzes', 'audit_logs', 'adjustments', 'grades', 'submissions', 'round_questions', 'rounds',
      'contestants', 'teams', 'contest_judges', 'contests', 'questions', 'question_banks', 'users',
    ]) {
      await queryRunner.dropTable(name);
    }
  }
}
