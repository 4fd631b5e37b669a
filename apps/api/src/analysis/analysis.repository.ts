import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AnswerValue, SubmissionStatus } from '@jingsai/domain';
import {
  ContestantEntity, PaperWindowEntity, ReviewEntity, RoundQuestionEntity, StakeEntity, SubmissionEntity,
} from '../database/entities';

/** One answer as the analysis reads it: every status (too-late and ungraded answers count as such). */
export interface AnalysisSubmissionRow {
  id: string;
  roundId: string;
  roundQuestionId: string;
  questionId: string;
  teamId: string;
  contestantId: string;
  answer: AnswerValue | null;
  status: SubmissionStatus;
  score: number | null;
  correct: boolean | null;
  receivedAt: Date;
}

/** Everything the analysis needs beyond the score log (contest, rounds, placements, teams) and the question copies. */
export interface AnalysisRows {
  contestants: { id: string; teamId: string; name: string }[];
  submissions: AnalysisSubmissionRow[];
  /** Each judge's score per submission id (short answers). */
  judgeScores: Map<string, number[]>;
  /** Stake per `roundQuestionId:teamId`. */
  stakes: Map<string, number>;
}

interface RawSubmission {
  id: string;
  roundId: string;
  roundQuestionId: string;
  questionId: string;
  teamId: string;
  contestantId: string;
  answer: string | null;
  status: SubmissionStatus;
  score: number | string | null;
  correct: boolean | number | null;
  receivedAt: Date | string;
}

/** SQLite hands back `YYYY-MM-DD HH:MM:SS.SSS` in UTC; PostgreSQL a Date already. */
export function rawDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  const iso = value.includes('T') ? value : value.replace(' ', 'T');
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
}

function rawBoolean(value: boolean | number | null): boolean | null {
  return value === null ? null : Boolean(value);
}

function rawJson(value: string | null): AnswerValue | null {
  if (value === null) return null;
  try {
    return JSON.parse(value) as AnswerValue;
  } catch {
    return null;
  }
}

/**
 * The contest analysis's reads: every answer of the contest (raw rows, not entities: a preliminary has a
 * million), each judge's score, the stakes and the placements. Read-only.
 */
@Injectable()
export class AnalysisRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(contestId: string): Promise<AnalysisRows> {
    const [contestants, submissions, reviews, stakes] = await Promise.all([
      this.db.getRepository(ContestantEntity).find({ select: { id: true, teamId: true, name: true }, where: { contestId }, order: { createdAt: 'ASC' } }),
      this.submissions({ contestId }),
      this.db
        .getRepository(ReviewEntity)
        .createQueryBuilder('r')
        .innerJoin(SubmissionEntity, 's', 's.id = r.submissionId')
        .select('r.submissionId', 'submissionId')
        .addSelect('r.score', 'score')
        .where('s.contestId = :contestId', { contestId })
        .getRawMany<{ submissionId: string; score: number | string }>(),
      this.db
        .getRepository(StakeEntity)
        .createQueryBuilder('k')
        .innerJoin(RoundQuestionEntity, 'rq', 'rq.id = k.roundQuestionId')
        .select(['k.id', 'k.roundQuestionId', 'k.teamId', 'k.points'])
        .where('rq.contestId = :contestId', { contestId })
        .getMany(),
    ]);
    const judgeScores = new Map<string, number[]>();
    for (const r of reviews) {
      const list = judgeScores.get(r.submissionId);
      if (list) list.push(Number(r.score));
      else judgeScores.set(r.submissionId, [Number(r.score)]);
    }
    return {
      contestants,
      submissions,
      judgeScores,
      stakes: new Map(stakes.map((k) => [`${k.roundQuestionId}:${k.teamId}`, k.points])),
    };
  }

  /** A contest's placements of one question, the latest opened first. */
  async placementsOf(contestId: string, questionId: string): Promise<RoundQuestionEntity[]> {
    const rows = await this.db.getRepository(RoundQuestionEntity).findBy({ contestId, questionId });
    return rows.sort((a, b) => (b.openedAt?.getTime() ?? 0) - (a.openedAt?.getTime() ?? 0));
  }

  /** Whether a paper round's paper has been collected. */
  async paperCollected(roundId: string): Promise<boolean> {
    const window = await this.db.getRepository(PaperWindowEntity).findOneBy({ roundId });
    return Boolean(window?.closedAt);
  }

  /** The answers to one placed question (the big screen's option bar). */
  answersTo(roundQuestionId: string): Promise<AnalysisSubmissionRow[]> {
    return this.submissions({ roundQuestionId });
  }

  private async submissions(where: { contestId: string } | { roundQuestionId: string }): Promise<AnalysisSubmissionRow[]> {
    const qb = this.db
      .getRepository(SubmissionEntity)
      .createQueryBuilder('s')
      .select('s.id', 'id')
      .addSelect('s.roundId', 'roundId')
      .addSelect('s.roundQuestionId', 'roundQuestionId')
      .addSelect('s.questionId', 'questionId')
      .addSelect('s.teamId', 'teamId')
      .addSelect('s.contestantId', 'contestantId')
      .addSelect('s.answer', 'answer')
      .addSelect('s.status', 'status')
      .addSelect('s.score', 'score')
      .addSelect('s.correct', 'correct')
      .addSelect('s.receivedAt', 'receivedAt');
    if ('contestId' in where) qb.where('s.contestId = :contestId', where);
    else qb.where('s.roundQuestionId = :roundQuestionId', where);
    const rows = await qb.getRawMany<RawSubmission>();
    return rows.map((r) => ({
      id: r.id,
      roundId: r.roundId,
      roundQuestionId: r.roundQuestionId,
      questionId: r.questionId,
      teamId: r.teamId,
      contestantId: r.contestantId,
      answer: rawJson(r.answer),
      status: r.status,
      score: r.score === null ? null : Number(r.score),
      correct: rawBoolean(r.correct),
      receivedAt: rawDate(r.receivedAt),
    }));
  }
}
