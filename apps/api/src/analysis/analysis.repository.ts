import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AnswerValue, SubmissionStatus } from '@jingsai/domain';
import {
  ContestEntity, ContestQuestionEntity, ContestantEntity, PaperWindowEntity, ReviewEntity, RoundQuestionEntity, SubmissionEntity,
} from '../database/entities';
import { ChoiceAnswerRepository } from './choice-answer.repository';
import { rawBoolean, rawDate, rawJson } from '../database/raw-values';

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

/**
 * What the analysis reads beyond the score log (contest, rounds, placements, teams, stakes and the graded
 * answers, which the leaderboard already keeps per node) and the question copies.
 */
export interface AnalysisRows {
  contestants: { id: string; teamId: string; name: string }[];
  /** The answers the score log leaves out: pending, in review, too late. */
  unscored: AnalysisSubmissionRow[];
  /** The answer given, by submission id, for choice questions only (the option shares need nothing else). */
  choiceAnswers: Map<string, AnswerValue | null>;
  /** Each judge's score per submission id (short answers). */
  judgeScores: Map<string, number[]>;
}

/** The same row as the drivers return it: JSON as text, numbers and booleans as the database stores them. */
type RawSubmission = Omit<AnalysisSubmissionRow, 'answer' | 'score' | 'correct' | 'receivedAt'> & {
  answer: string | null;
  score: number | string | null;
  correct: boolean | number | null;
  receivedAt: Date | string;
};

/**
 * The contest analysis's reads beyond the score log: the unscored answers, what was answered to choice
 * questions (raw rows, not entities: a preliminary has a million), each judge's score, the contestants.
 * Read-only.
 */
@Injectable()
export class AnalysisRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly choices: ChoiceAnswerRepository,
  ) {}

  /**
   * Unscored answers first, so that an answer graded meanwhile is in the score log read after this
   * (the service keeps the graded copy of an answer found in both). The answers themselves are read
   * for choice questions only: two columns instead of eleven, a million rows in a preliminary.
   */
  async load(contestId: string, choiceQuestionIds: string[]): Promise<AnalysisRows> {
    const unscored = await this.submissions({ contestId, unscored: true });
    const [contestants, choiceAnswers, reviews] = await Promise.all([
      this.db.getRepository(ContestantEntity).find({ select: { id: true, teamId: true, name: true }, where: { contestId }, order: { createdAt: 'ASC' } }),
      this.choices.answers(contestId, choiceQuestionIds),
      this.db
        .getRepository(ReviewEntity)
        .createQueryBuilder('r')
        .innerJoin(SubmissionEntity, 's', 's.id = r.submissionId')
        .select('r.submissionId', 'submissionId')
        .addSelect('r.score', 'score')
        .where('s.contestId = :contestId', { contestId })
        .getRawMany<{ submissionId: string; score: number | string }>(),
    ]);
    const judgeScores = new Map<string, number[]>();
    for (const r of reviews) {
      const list = judgeScores.get(r.submissionId);
      if (list) list.push(Number(r.score));
      else judgeScores.set(r.submissionId, [Number(r.score)]);
    }
    return { contestants, unscored, choiceAnswers, judgeScores };
  }

  /**
   * What a report is made of, in a few index look-ups: the contest (its version moves with every
   * change of teams, rounds, questions opened or closed, adjustments, settings), the answers (a new
   * one, a grade, a regrade or a judge's final score moves the count, the latest gradedAt or the sums), judges'
   * scores, the question copies (a fix, new knowledge points) and the members.
   */
  async fingerprint(contest: ContestEntity): Promise<string> {
    const contestId = contest.id;
    const [answers, reviews, copies, members] = await Promise.all([
      this.db
        .getRepository(SubmissionEntity)
        .createQueryBuilder('s')
        .select('COUNT(*)', 'n')
        .addSelect('MAX(s.gradedAt)', 'last')
        // Sums move with a regrade even when its stamp is older than the newest (a writer whose clock runs behind).
        .addSelect('SUM(s.score)', 'points')
        .addSelect('SUM(CASE WHEN s.correct THEN 1 ELSE 0 END)', 'right')
        .addSelect(`SUM(CASE WHEN s.status = 'graded' THEN 1 ELSE 0 END)`, 'graded')
        .where('s.contestId = :contestId', { contestId })
        .getRawOne(),
      this.db
        .getRepository(ReviewEntity)
        .createQueryBuilder('r')
        .innerJoin(SubmissionEntity, 's', 's.id = r.submissionId')
        .select('COUNT(*)', 'n')
        .addSelect('MAX(r.updatedAt)', 'last')
        .where('s.contestId = :contestId', { contestId })
        .getRawOne(),
      this.db.getRepository(ContestQuestionEntity).createQueryBuilder('q').select('COUNT(*)', 'n').addSelect('MAX(q.updatedAt)', 'last').where('q.contestId = :contestId', { contestId }).getRawOne(),
      this.db.getRepository(ContestantEntity).countBy({ contestId }),
    ]);
    return JSON.stringify([contest.version, contest.title, contest.status, contest.baseScore, contest.settings, answers, reviews, copies, members]);
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

  private async submissions(where: { contestId: string; unscored: true } | { roundQuestionId: string }): Promise<AnalysisSubmissionRow[]> {
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
    if ('contestId' in where) qb.where('s.contestId = :contestId', { contestId: where.contestId }).andWhere('s.status <> :graded', { graded: 'graded' });
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
