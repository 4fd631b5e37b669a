import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  AppealEntity, ContestQuestionEntity, ContestantEntity, ReviewEntity, RoundQuestionEntity, StakeEntity, SubmissionEntity, UserEntity,
} from '../database/entities';

export interface ReviewRow {
  submissionId: string;
  questionId: string;
  judgeUsername: string;
  score: number;
  comment: string | null;
  at: Date;
}

export interface ResultsData {
  contestants: ContestantEntity[];
  submissions: SubmissionEntity[];
  roundQuestions: RoundQuestionEntity[];
  questions: { id: string; stem: string; type: string; points: number }[];
  reviews: ReviewRow[];
  /** Risk rounds: each team's stake per placed question (`roundQuestionId:teamId`). */
  stakes: Map<string, number>;
  appeals: (AppealEntity & { decidedByUsername: string })[];
}

/** What the results workbook reads beyond the leaderboard: every answer, every judge's score, every appeal. */
@Injectable()
export class ResultsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(contestId: string): Promise<ResultsData> {
    const [contestants, submissions, roundQuestions, reviews] = await Promise.all([
      this.db.getRepository(ContestantEntity).find({ where: { contestId }, order: { createdAt: 'ASC' } }),
      this.db.getRepository(SubmissionEntity).find({ where: { contestId }, order: { receivedAt: 'ASC' } }),
      this.db.getRepository(RoundQuestionEntity).find({ where: { contestId }, order: { position: 'ASC' } }),
      this.db
        .getRepository(ReviewEntity)
        .createQueryBuilder('r')
        .innerJoin(SubmissionEntity, 's', 's.id = r.submissionId')
        .leftJoin(UserEntity, 'u', 'u.id = r.judgeId')
        .select('r.submissionId', 'submissionId')
        .addSelect('s.questionId', 'questionId')
        .addSelect('u.username', 'judgeUsername')
        .addSelect('r.score', 'score')
        .addSelect('r.comment', 'comment')
        .addSelect('r.updatedAt', 'at')
        .where('s.contestId = :contestId', { contestId })
        .orderBy('r.updatedAt', 'ASC')
        .getRawMany<{ submissionId: string; questionId: string; judgeUsername: string | null; score: number | string; comment: string | null; at: Date | string }>(),
    ]);
    const [copies, stakes, appeals] = await Promise.all([
      this.db.getRepository(ContestQuestionEntity).findBy({ contestId }),
      roundQuestions.length ? this.db.getRepository(StakeEntity).findBy({ roundId: In([...new Set(roundQuestions.map((rq) => rq.roundId))]) }) : [],
      this.db.getRepository(AppealEntity).find({ where: { contestId }, order: { createdAt: 'ASC' } }),
    ]);
    const deciders = new Set(appeals.flatMap((a) => (a.decidedBy ? [a.decidedBy] : [])));
    const users = deciders.size ? await this.db.getRepository(UserEntity).find({ select: { id: true, username: true }, where: { id: In([...deciders]) } }) : [];
    const username = new Map(users.map((u) => [u.id, u.username]));
    const questions = copies.map((q) => ({ id: q.questionId, stem: q.body.stem, type: q.type, points: q.points }));
    return {
      contestants,
      submissions,
      roundQuestions,
      questions,
      stakes: new Map(stakes.map((k) => [`${k.roundQuestionId}:${k.teamId}`, k.points])),
      appeals: appeals.map((a) => ({ ...a, decidedByUsername: a.decidedBy ? username.get(a.decidedBy) ?? '' : '' })),
      reviews: reviews.map((r) => ({
        submissionId: r.submissionId,
        questionId: r.questionId,
        judgeUsername: r.judgeUsername ?? '',
        score: Number(r.score),
        comment: r.comment,
        at: new Date(r.at),
      })),
    };
  }
}
