import { DataSource, IsNull } from 'typeorm';
import { GradeEntity, SubmissionEntity } from '../../apps/api/src/database/entities';
import { LeaderboardService } from '../../apps/api/src/leaderboard/leaderboard.service';
import { Clock } from '../../apps/api/src/common/clock';
import { ScoreLogRepository } from '../../apps/api/src/leaderboard/score-log.repository';

/** How the grading pipeline ended, read straight from the database (the source of truth). */
export async function pipelineState(db: DataSource, contestId: string) {
  const submissions = await db.getRepository(SubmissionEntity).findBy({ contestId });
  // Current grades only: a judges' or rejudge grade supersedes the first one (kept, not counted).
  const grades = await db.getRepository(GradeEntity).findBy({ supersededAt: IsNull() });
  const own = new Set(submissions.map((s) => s.id));
  const gradesPerSubmission = new Map<string, number>();
  for (const g of grades) if (own.has(g.submissionId)) gradesPerSubmission.set(g.submissionId, (gradesPerSubmission.get(g.submissionId) ?? 0) + 1);
  return {
    total: submissions.length,
    pending: submissions.filter((s) => s.status === 'pending').length,
    graded: submissions.filter((s) => s.status === 'graded').length,
    ungraded: submissions.filter((s) => s.status === 'graded' && !gradesPerSubmission.has(s.id)).length,
    gradedTwice: [...gradesPerSubmission.values()].filter((n) => n > 1).length,
  };
}

/**
 * An independent recompute: each team's total straight from the submissions table (required/written
 * rounds without penalties: base + sum of scores), to compare with what the API serves.
 */
export async function recomputeTotals(db: DataSource, contestId: string, baseScore: number): Promise<Map<string, number>> {
  const rows = await db.getRepository(SubmissionEntity).findBy({ contestId, status: 'graded' });
  const totals = new Map<string, number>();
  for (const s of rows) totals.set(s.teamId, Math.round(((totals.get(s.teamId) ?? baseScore) + (s.score ?? 0)) * 100) / 100);
  return totals;
}

/** The board the service computes from a fresh read of the log. */
export async function serviceBoard(db: DataSource, contestId: string) {
  const log = await new ScoreLogRepository(db, new Clock()).load(contestId);
  if (!log) throw new Error('no contest');
  return LeaderboardService.fromLog(log, 'staff', new Date());
}
