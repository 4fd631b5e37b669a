import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  AdjustmentEntity, BuzzEntity, ContestEntity, ContestantEntity, QuestionEntity, RoundEntity, RoundQuestionEntity, StakeEntity,
  SubmissionEntity, TeamEntity,
} from '../database/entities';

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
}

@Injectable()
export class ScoreLogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(contestId: string): Promise<ScoreLog | null> {
    const contest = await this.db.getRepository(ContestEntity).findOneBy({ id: contestId });
    if (!contest) return null;
    const [teams, rounds, roundQuestions, submissions, adjustments, contestantCounts] = await Promise.all([
      this.db.getRepository(TeamEntity).find({ where: { contestId }, order: { createdAt: 'ASC' } }),
      this.db.getRepository(RoundEntity).find({ where: { contestId }, order: { position: 'ASC' } }),
      this.db.getRepository(RoundQuestionEntity).findBy({ contestId }),
      this.db.getRepository(SubmissionEntity).find({
        select: { id: true, roundId: true, roundQuestionId: true, questionId: true, teamId: true, contestantId: true, score: true, correct: true, receivedAt: true },
        where: { contestId, status: 'graded' },
      }),
      this.db.getRepository(AdjustmentEntity).findBy({ contestId }),
      this.db
        .getRepository(ContestantEntity)
        .createQueryBuilder('c')
        .select('c.teamId', 'teamId')
        .addSelect('COUNT(*)', 'count')
        .where('c.contestId = :contestId', { contestId })
        .groupBy('c.teamId')
        .getRawMany<{ teamId: string; count: string | number }>(),
    ]);
    const rqIds = roundQuestions.map((rq) => rq.id);
    const questionIds = [...new Set(roundQuestions.map((rq) => rq.questionId))];
    const [stakes, buzzes, questions] = await Promise.all([
      rqIds.length ? this.db.getRepository(StakeEntity).findBy({ roundQuestionId: In(rqIds) }) : [],
      rqIds.length ? this.db.getRepository(BuzzEntity).find({ where: { roundQuestionId: In(rqIds) }, order: { seq: 'ASC' } }) : [],
      questionIds.length ? this.db.getRepository(QuestionEntity).find({ select: { id: true, points: true }, where: { id: In(questionIds) } }) : [],
    ]);
    return {
      contest,
      teams,
      rounds,
      roundQuestions,
      submissions,
      questionPoints: new Map(questions.map((q) => [q.id, q.points])),
      adjustments,
      stakes,
      buzzes,
      teamSizes: Object.fromEntries(contestantCounts.map((r) => [r.teamId, Number(r.count)])),
    };
  }
}
