import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThan, type EntityManager } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { GradeResult } from '@jingsai/grading';
import {
  ContestEntity, ContestQuestionEntity, GradeEntity, PaperWindowEntity, RoundEntity, RoundQuestionEntity, StakeEntity, SubmissionEntity,
} from '../database/entities';
import { ContestQuestionRepository, type ContestQuestion } from './contest-question.repository';
import { endedRoundsOf } from './result-release';
import { roundKind } from '../round-kinds/registry';
import { answerPlaces } from '../round-kinds/answer-places';
import { newId } from '../common/ids';
import { Transactions } from '../database/transactions';
import { tableName } from '../database/table-name';

@Injectable()
export class SubmissionRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  private get submissions() {
    return this.db.getRepository(SubmissionEntity);
  }

  async findByIds(ids: string[]): Promise<SubmissionEntity[]> {
    const rows: SubmissionEntity[] = [];
    for (let i = 0; i < ids.length; i += 500) rows.push(...(await this.submissions.findBy({ id: In(ids.slice(i, i + 500)) })));
    return rows;
  }

  findById(id: string): Promise<SubmissionEntity | null> {
    return this.submissions.findOneBy({ id });
  }

  findByClientKey(contestantId: string, clientKey: string): Promise<SubmissionEntity | null> {
    return this.submissions.findOneBy({ contestantId, clientKey });
  }

  listForRoundQuestion(roundQuestionId: string): Promise<SubmissionEntity[]> {
    return this.submissions.find({ where: { roundQuestionId }, order: { receivedAt: 'ASC' } });
  }

  /** Submissions still pending that were received before `before` (for the sweeper). */
  listStalePending(before: Date, limit: number): Promise<SubmissionEntity[]> {
    return this.submissions.find({ where: { status: 'pending', receivedAt: LessThan(before) }, order: { receivedAt: 'ASC' }, take: limit });
  }

  /** What describing results needs: rounds, placements, which rounds ended, stakes, question points. */
  async loadResultContext(refs: { contestId: string; roundId: string; roundQuestionId: string; questionId: string }[]): Promise<ResultContext> {
    const roundIds = [...new Set(refs.map((r) => r.roundId))];
    if (roundIds.length === 0) return { rounds: new Map(), roundQuestions: new Map(), endedRounds: new Set(), stakes: new Map(), questionPoints: new Map(), places: new Map() };
    const [rounds, placements, windows] = await Promise.all([
      this.db.getRepository(RoundEntity).findBy({ id: In(roundIds) }),
      this.db.getRepository(RoundQuestionEntity).findBy({ roundId: In(roundIds) }),
      this.db.getRepository(PaperWindowEntity).findBy({ roundId: In(roundIds) }),
    ]);
    const needing = (need: 'stakes' | 'answerOrder') => new Set(rounds.filter((r) => roundKind(r.kind).needs[need]).map((r) => r.id));
    const [staked, ordered] = [needing('stakes'), needing('answerOrder')];
    const stakePlacements = placements.filter((rq) => staked.has(rq.roundId)).map((rq) => rq.id);
    const orderedPlacements = [...new Set(refs.filter((r) => ordered.has(r.roundId)).map((r) => r.roundQuestionId))];
    const [stakes, copies, ranked] = await Promise.all([
      stakePlacements.length ? this.db.getRepository(StakeEntity).findBy({ roundQuestionId: In(stakePlacements) }) : Promise.resolve([]),
      this.db.getRepository(ContestQuestionEntity).find({
        select: { contestId: true, questionId: true, points: true },
        where: { contestId: In([...new Set(refs.map((r) => r.contestId))]), questionId: In([...new Set(refs.map((r) => r.questionId))]) },
      }),
      // 速答: a right answer's points depend on its place among the question's right answers.
      orderedPlacements.length
        ? this.submissions.find({ where: { roundQuestionId: In(orderedPlacements), status: 'graded' }, order: { receivedAt: 'ASC', id: 'ASC' } })
        : Promise.resolve([]),
    ]);
    const questionPoints = new Map(copies.map((q) => [`${q.contestId}:${q.questionId}`, q.points]));
    const endedRounds = endedRoundsOf(rounds, placements, new Set(windows.filter((w) => w.closedAt).map((w) => w.roundId)));
    return {
      rounds: new Map(rounds.map((r) => [r.id, r])),
      roundQuestions: new Map(placements.map((rq) => [rq.id, rq])),
      endedRounds,
      stakes: new Map(stakes.map((k) => [`${k.roundQuestionId}:${k.teamId}`, k.points])),
      questionPoints,
      places: answerPlaces(ranked, new Map(rounds.map((r) => [r.id, r])), (a) => questionPoints.get(`${a.contestId}:${a.questionId}`) ?? 0),
    };
  }

  /** Results to release: the graded, judged or late answers to a question, or of a whole round. */
  listDecided(scope: { roundQuestionId: string } | { roundId: string }): Promise<SubmissionEntity[]> {
    return this.submissions.findBy({ ...scope, status: In(['graded', 'review', 'too_late']) });
  }

  /**
   * Grades pending submissions in one transaction: reads them, the contest copies of their questions
   * (locked against a concurrent key fix), their rounds and placements, asks `decide` for each, then
   * writes every outcome with one guarded UPDATE per distinct outcome (status = 'pending': RETURNING
   * tells exactly which rows this call graded, even with several workers). Idempotent: a submission
   * that is no longer pending is skipped. Each touched contest's version moves once.
   */
  async gradePending(ids: string[], gradedAt: Date, decide: (item: GradingInput) => GradingDecision): Promise<GradingOutcome> {
    return this.tx.run(async (tx) => {
      const submissions: SubmissionEntity[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        submissions.push(...(await tx.getRepository(SubmissionEntity).findBy({ id: In(ids.slice(i, i + 500)), status: 'pending' })));
      }
      const found = new Set(submissions.map((s) => s.id));
      for (let i = 0; i < ids.length; i += 500) {
        const rest = ids.slice(i, i + 500).filter((id) => !found.has(id));
        if (rest.length) for (const r of await tx.getRepository(SubmissionEntity).find({ select: { id: true }, where: { id: In(rest) } })) found.add(r.id);
      }
      if (submissions.length === 0) return { graded: [], late: [], found };
      const questions = await ContestQuestionRepository.lockForGrading(tx, submissions);
      const rounds = new Map((await tx.getRepository(RoundEntity).findBy({ id: In([...new Set(submissions.map((s) => s.roundId))]) })).map((r) => [r.id, r]));
      const placements = new Map(
        (await tx.getRepository(RoundQuestionEntity).findBy({ id: In([...new Set(submissions.map((s) => s.roundQuestionId))]) })).map((rq) => [rq.id, rq]),
      );
      const graded: { submission: SubmissionEntity; result: GradeResult; round: RoundEntity }[] = [];
      const late: { submission: SubmissionEntity; round: RoundEntity }[] = [];
      for (const submission of submissions) {
        const question = questions.get(ContestQuestionRepository.key(submission.contestId, submission.questionId));
        const round = rounds.get(submission.roundId);
        const rq = placements.get(submission.roundQuestionId);
        // A throw fails the whole batch: BullMQ retries each job with backoff.
        if (!question || !round || !rq) throw new Error(`Question, round or placement of submission ${submission.id} is missing`);
        const decision = decide({ submission, question, round, rq });
        if (decision.late) late.push({ submission, round });
        else graded.push({ submission, result: decision.result, round });
      }
      const lateIds = await this.markLate(tx, late.map((l) => l.submission.id));
      const written = await this.writeFirstGrades(tx, graded, gradedAt);
      const done = [...graded.filter(({ submission }) => written.has(submission.id)).map(({ submission }) => submission), ...late.filter((l) => lateIds.has(l.submission.id)).map((l) => l.submission)];
      for (const contestId of new Set(done.map((s) => s.contestId))) await tx.getRepository(ContestEntity).increment({ id: contestId }, 'version', 1);
      return { graded: graded.filter(({ submission }) => written.has(submission.id)), late: late.filter((l) => lateIds.has(l.submission.id)), found };
    });
  }

  /** Answers that turned out to have arrived after the question ended: never scored, and they free the answer slot. */
  private async markLate(tx: EntityManager, ids: string[]): Promise<Set<string>> {
    const done = new Set<string>();
    if (ids.length === 0) return done;
    const p = placeholder(tx);
    const sql = `UPDATE ${tableName(tx, SubmissionEntity)} SET status = 'too_late', "answerSlot" = NULL WHERE status = 'pending' AND id IN (${ids.map((_, k) => p(k + 1)).join(', ')}) RETURNING id`;
    for (const r of returnedRows(await tx.query(sql, ids))) done.add(r.id);
    return done;
  }

  private async writeFirstGrades(tx: EntityManager, items: { submission: SubmissionEntity; result: GradeResult }[], gradedAt: Date): Promise<Set<string>> {
    const meta = tx.connection.getMetadata(SubmissionEntity);
    const driver = tx.connection.driver;
    const value = (property: 'status' | 'score' | 'correct' | 'gradedAt', v: unknown) =>
      driver.preparePersistentValue(v, meta.findColumnWithPropertyName(property) as ColumnMetadata);
    const p = placeholder(tx);
    // One UPDATE per distinct outcome (right, wrong, review…), guarded by status = 'pending'.
    const groups = new Map<string, { status: string; score: number | null; correct: boolean | null; ids: string[] }>();
    for (const { submission, result } of items) {
      const status = result.status === 'review' ? 'review' : 'graded';
      const score = result.status === 'review' ? null : result.score;
      const key = `${status}|${score}|${result.correct}`;
      const group = groups.get(key) ?? { status, score, correct: result.correct, ids: [] };
      group.ids.push(submission.id);
      groups.set(key, group);
    }
    const written = new Set<string>();
    for (const group of groups.values()) {
      for (let i = 0; i < group.ids.length; i += 500) {
        const ids = group.ids.slice(i, i + 500);
        const sql =
          `UPDATE ${tableName(tx, SubmissionEntity)} SET status = ${p(1)}, score = ${p(2)}, correct = ${p(3)}, "gradedAt" = ${p(4)} ` +
          `WHERE status = 'pending' AND id IN (${ids.map((_, k) => p(k + 5)).join(', ')}) RETURNING id`;
        const params = [value('status', group.status), value('score', group.score), value('correct', group.correct), value('gradedAt', gradedAt), ...ids];
        for (const r of returnedRows(await tx.query(sql, params))) written.add(r.id);
      }
    }
    const grades = items
      .filter(({ submission }) => written.has(submission.id))
      .map(({ submission, result }) => ({
        id: newId(),
        submissionId: submission.id,
        status: result.status === 'review' ? ('review' as const) : ('graded' as const),
        score: result.score,
        correct: result.correct,
        detail: result.detail ?? null,
        source: 'auto' as const,
        supersededAt: null,
      }));
    // updateEntity(false): nothing is read back after the insert (TypeORM would reselect the generated columns).
    for (let i = 0; i < grades.length; i += 80) {
      await tx.createQueryBuilder().insert().into(GradeEntity).values(grades.slice(i, i + 80)).updateEntity(false).execute();
    }
    return written;
  }
}

export interface ResultContext {
  rounds: Map<string, RoundEntity>;
  roundQuestions: Map<string, RoundQuestionEntity>;
  /** Rounds whose every question closed (a paper round: its paper collected). */
  endedRounds: Set<string>;
  /** Stake points by "roundQuestionId:teamId". */
  stakes: Map<string, number>;
  /** Question points by "contestId:questionId". */
  questionPoints: Map<string, number>;
  /** 速答: each right answer's place among its question's right answers, by submission id. */
  places: Map<string, number>;
}

export interface GradingInput {
  submission: SubmissionEntity;
  question: ContestQuestion;
  round: RoundEntity;
  rq: RoundQuestionEntity;
}

export type GradingDecision = { late: true } | { late: false; result: GradeResult };

export interface GradingOutcome {
  graded: { submission: SubmissionEntity; result: GradeResult; round: RoundEntity }[];
  /** Found to have arrived after the question's end (closed on another node a moment before): now too_late. */
  late: { submission: SubmissionEntity; round: RoundEntity }[];
  /** Ids that exist (pending or not): the others' jobs are dropped. */
  found: Set<string>;
}

function placeholder(tx: EntityManager): (i: number) => string {
  const postgres = tx.connection.options.type === 'postgres';
  return (i) => (postgres ? `$${i}` : '?');
}

/** PostgreSQL's driver answers an UPDATE … RETURNING with [rows, count]; SQLite with the rows. */
function returnedRows(rows: unknown): { id: string }[] {
  const list = rows as { id: string }[] | [{ id: string }[], number];
  return Array.isArray(list[0]) ? (list[0] as { id: string }[]) : (list as { id: string }[]);
}
