import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  AdjustmentEntity, BuzzEntity, ContestEntity, ContestQuestionEntity, ContestantEntity, PaperWindowEntity, RoundEntity, RoundQuestionEntity, StakeEntity,
  SubmissionEntity, TeamEntity,
} from '../database/entities';
import { Clock } from '../common/clock';
import { gradedSince } from '../database/graded-since';
import { rawBoolean, rawDate } from '../database/raw-values';

type ScoredRow = ScoreLog['submissions'][number];

const SCORED_COLUMNS = ['id', 'roundId', 'roundQuestionId', 'questionId', 'teamId', 'contestantId', 'score', 'correct', 'receivedAt', 'status'];

/** A scored row as the drivers hand it back (`s_` + column): dates as text and booleans as 0/1 on SQLite. */
interface RawScoredRow {
  s_id: string;
  s_roundId: string;
  s_roundQuestionId: string;
  s_questionId: string;
  s_teamId: string;
  s_contestantId: string;
  s_score: number | null;
  s_correct: boolean | number | null;
  s_receivedAt: Date | string;
  s_status: string;
}

function scoredRowOf(raw: RawScoredRow): ScoredRow {
  return {
    id: raw.s_id,
    roundId: raw.s_roundId,
    roundQuestionId: raw.s_roundQuestionId,
    questionId: raw.s_questionId,
    teamId: raw.s_teamId,
    contestantId: raw.s_contestantId,
    score: raw.s_score === null ? null : Number(raw.s_score),
    correct: rawBoolean(raw.s_correct),
    receivedAt: rawDate(raw.s_receivedAt),
  };
}

/**
 * How the scored submissions are read: `incremental` (the rows graded since this node's previous read: boards,
 * tie-break hints, an adjustment's before and after) or `checked` (the same, then checked against the database's
 * totals and read whole if they differ: results.xlsx and the analysis report).
 */
export type ScoreLogRead = 'incremental' | 'checked';

/** The whole set is read again this often, whatever happened. */
const FULL_RELOAD_MS = 30_000;

/** Everything the leaderboard is recomputed from, read in one go. */
export interface ScoreLog {
  contest: ContestEntity;
  teams: TeamEntity[];
  rounds: RoundEntity[];
  roundQuestions: RoundQuestionEntity[];
  /** Scored submissions only: status graded. */
  submissions: Pick<SubmissionEntity, 'id' | 'roundId' | 'roundQuestionId' | 'questionId' | 'teamId' | 'contestantId' | 'score' | 'correct' | 'receivedAt'>[];
  questionPoints: Map<string, number>;
  adjustments: AdjustmentEntity[];
  stakes: StakeEntity[];
  buzzes: BuzzEntity[];
  teamSizes: Record<string, number>;
  /** Paper rounds whose paper has been collected (their results may show). */
  collectedPaperRounds: Set<string>;
}

/**
 * The board is always recomputed from the whole log, but the log itself is not re-read whole on every
 * push: a contest with 100,000 answers would spend most of a second just reading it. The scored
 * submissions are kept per contest and refreshed with the rows whose `gradedAt` moved (grading,
 * rejudge and judges' scores all set it; see graded-since.ts), plus a periodic full read as a safety net.
 * The results and the report ask for a `checked` read, so no node's cache or clock can leave a grade out of them.
 */
@Injectable()
export class ScoreLogRepository {
  private readonly scored = new Map<string, { rows: Map<string, ScoredRow>; readAt: number; fullAt: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  private async scoredSubmissions(contestId: string, read: ScoreLogRead): Promise<ScoredRow[]> {
    const rows = await this.refreshed(contestId, false);
    if (read === 'checked' && !(await this.matchesDatabase(contestId, rows))) return this.refreshed(contestId, true);
    return rows;
  }

  /** The contest's scored rows: the cached ones plus those graded since the previous read, or all of them read again. */
  private async refreshed(contestId: string, forceFull: boolean): Promise<ScoredRow[]> {
    // The time the stamps are written in (the database's, through Clock).
    const now = this.clock.now().getTime();
    const cached = this.scored.get(contestId);
    const full = forceFull || !cached || now - cached.fullAt > FULL_RELOAD_MS;
    const since = full ? null : gradedSince(cached.readAt);
    // Raw rows: at 100,000 answers TypeORM's entity hydration costs more than the query itself.
    const qb = this.db
      .getRepository(SubmissionEntity)
      .createQueryBuilder('s')
      .select(SCORED_COLUMNS.map((c) => `s.${c}`))
      .where('s.contestId = :contestId', { contestId });
    if (since) qb.andWhere('s.gradedAt >= :since', { since });
    else qb.andWhere('s.status = :graded', { graded: 'graded' });
    const fresh = await qb.getRawMany<RawScoredRow>();
    const entry = full ? { rows: new Map<string, ScoredRow>(), readAt: now, fullAt: now } : { ...cached, readAt: now };
    for (const raw of fresh) {
      // A row that left "graded" (a rejudge turned it into a review) leaves the log.
      if (raw.s_status === 'graded') entry.rows.set(raw.s_id, scoredRowOf(raw));
      else entry.rows.delete(raw.s_id);
    }
    this.scored.set(contestId, entry);
    return [...entry.rows.values()];
  }

  /**
   * Whether the kept rows add up as the database's do (count, points, right answers): one aggregate instead of
   * reading a preliminary's million rows again. A grade the incremental read missed (stamped by a clock more
   * than the overlap behind) changes one of the three.
   */
  private async matchesDatabase(contestId: string, rows: ScoredRow[]): Promise<boolean> {
    const totals = await this.db
      .getRepository(SubmissionEntity)
      .createQueryBuilder('s')
      .select('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(s.score), 0)', 'points')
      .addSelect('SUM(CASE WHEN s.correct THEN 1 ELSE 0 END)', 'right')
      .where('s.contestId = :contestId', { contestId })
      .andWhere('s.status = :graded', { graded: 'graded' })
      .getRawOne<{ n: string | number; points: string | number; right: string | number | null }>();
    const points = rows.reduce((sum, r) => sum + (r.score ?? 0), 0);
    const right = rows.reduce((sum, r) => sum + (r.correct ? 1 : 0), 0);
    return Number(totals?.n) === rows.length && Math.abs(Number(totals?.points) - points) < 1e-6 && Number(totals?.right ?? 0) === right;
  }

  async load(contestId: string, read: ScoreLogRead = 'incremental'): Promise<ScoreLog | null> {
    const contest = await this.db.getRepository(ContestEntity).findOneBy({ id: contestId });
    if (!contest) return null;
    const [teams, rounds, roundQuestions, submissions, adjustments, contestantCounts, windows] = await Promise.all([
      this.db.getRepository(TeamEntity).find({ where: { contestId }, order: { createdAt: 'ASC' } }),
      this.db.getRepository(RoundEntity).find({ where: { contestId }, order: { position: 'ASC' } }),
      this.db.getRepository(RoundQuestionEntity).findBy({ contestId }),
      this.scoredSubmissions(contestId, read),
      this.db.getRepository(AdjustmentEntity).findBy({ contestId }),
      this.db
        .getRepository(ContestantEntity)
        .createQueryBuilder('c')
        .select('c.teamId', 'teamId')
        .addSelect('COUNT(*)', 'count')
        .where('c.contestId = :contestId', { contestId })
        .groupBy('c.teamId')
        .getRawMany<{ teamId: string; count: string | number }>(),
      this.db.getRepository(PaperWindowEntity).findBy({ contestId }),
    ]);
    const rqIds = roundQuestions.map((rq) => rq.id);
    const [stakes, buzzes, questions] = await Promise.all([
      rqIds.length ? this.db.getRepository(StakeEntity).findBy({ roundQuestionId: In(rqIds) }) : [],
      rqIds.length ? this.db.getRepository(BuzzEntity).find({ where: { roundQuestionId: In(rqIds) }, order: { seq: 'ASC' } }) : [],
      this.db.getRepository(ContestQuestionEntity).find({ select: { questionId: true, points: true }, where: { contestId } }),
    ]);
    return {
      contest,
      teams,
      rounds,
      roundQuestions,
      submissions,
      questionPoints: new Map(questions.map((q) => [q.questionId, q.points])),
      adjustments,
      stakes,
      buzzes,
      teamSizes: Object.fromEntries(contestantCounts.map((r) => [r.teamId, Number(r.count)])),
      collectedPaperRounds: new Set(windows.filter((w) => w.closedAt).map((w) => w.roundId)),
    };
  }
}
