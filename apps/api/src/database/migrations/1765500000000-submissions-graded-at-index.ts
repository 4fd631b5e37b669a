import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** The leaderboard refreshes its log with "graded since …" per contest. */
export class SubmissionsGradedAtIndex1765500000000 implements MigrationInterface {
  name = 'SubmissionsGradedAtIndex1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('submissions', new TableIndex({ name: 'IDX_submissions_contest_graded_at', columnNames: ['contestId', 'gradedAt'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('submissions', 'IDX_submissions_contest_graded_at');
  }
}
