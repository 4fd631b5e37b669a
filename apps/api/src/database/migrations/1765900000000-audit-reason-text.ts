import { MigrationInterface, QueryRunner } from 'typeorm';

/** An audit entry's reason carries a judge's comment (up to 1,000 characters): no length limit. */
export class AuditReasonText1765900000000 implements MigrationInterface {
  name = 'AuditReasonText1765900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // SQLite does not enforce varchar lengths; PostgreSQL refused a comment longer than 500.
    if (queryRunner.connection.options.type !== 'postgres') return;
    const schema = (queryRunner.connection.options as { schema?: string }).schema;
    await queryRunner.query(`ALTER TABLE ${schema ? `"${schema}".` : ''}"audit_logs" ALTER COLUMN "reason" TYPE text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    const schema = (queryRunner.connection.options as { schema?: string }).schema;
    await queryRunner.query(`ALTER TABLE ${schema ? `"${schema}".` : ''}"audit_logs" ALTER COLUMN "reason" TYPE varchar(500)`);
  }
}
