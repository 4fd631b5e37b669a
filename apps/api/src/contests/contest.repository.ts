import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThan, Not } from 'typeorm';
import { isUniqueViolation } from '../database/unique-violation';
import {
  ContestEntity, ContestJudgeEntity, RoundEntity, RoundQuestionEntity, TeamEntity,
} from '../database/entities';
import { newId, newJoinCode } from '../common/ids';
import { Transactions } from '../database/transactions';
import type { StoredQuestion } from '../banks/question.repository';
import { ContestQuestionRepository } from '../answering/contest-question.repository';
import { MembersRepository } from '../members/members.repository';

/** Contests, teams, contestants, rounds and their questions' live state. */
@Injectable()
export class ContestRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  private get contests() {
    return this.db.getRepository(ContestEntity);
  }

  createContest(contest: Omit<ContestEntity, 'createdAt' | 'version'>): Promise<ContestEntity> {
    const row = this.contests.create({ ...contest, version: 0 });
    return this.tx.run((tx) => tx.getRepository(ContestEntity).insert(row)).then(() => this.contests.findOneByOrFail({ id: row.id }));
  }

  findContest(id: string): Promise<ContestEntity | null> {
    return this.contests.findOneBy({ id });
  }

  listContests(ownerId: string | null, judgeId: string | null): Promise<ContestEntity[]> {
    if (judgeId) {
      return this.contests
        .createQueryBuilder('c')
        .innerJoin(ContestJudgeEntity, 'j', 'j.contestId = c.id AND j.userId = :judgeId', { judgeId })
        .orderBy('c.createdAt', 'DESC')
        .getMany();
    }
    return this.contests.find({ where: ownerId ? { ownerId } : {}, order: { createdAt: 'DESC' } });
  }

  async updateContest(id: string, patch: Partial<Pick<ContestEntity, 'title' | 'status' | 'baseScore' | 'settings'>>): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(ContestEntity).update({ id }, patch));
  }

  /** Atomically bumps and returns the contest's version (every change that can move the board). */
  async bumpVersion(contestId: string): Promise<number> {
    return this.tx.run(async (tx) => {
      await tx.getRepository(ContestEntity).increment({ id: contestId }, 'version', 1);
      const row = await tx.getRepository(ContestEntity).findOne({ where: { id: contestId }, select: { id: true, version: true } });
      return row?.version ?? 0;
    });
  }

  /**
   * A team limited by a cap (`memberCap`), or by a roster (`roster`: the names that may join, each given a
   * PIN at once), in one transaction. A fixed join code is only for seeded demo data; otherwise codes are random.
   */
  async addTeam(contestId: string, name: string, groupName: string | null, members: { memberCap: number } | { roster: string[] }, fixedJoinCode?: string): Promise<TeamEntity> {
    // Retry the rare collision of a random code with another contest's code.
    for (let attempt = 0; ; attempt++) {
      try {
        const memberCap = 'memberCap' in members ? members.memberCap : null;
        const row = this.db.getRepository(TeamEntity).create({ id: newId(), contestId, name, groupName, memberCap, joinCode: fixedJoinCode ?? newJoinCode() });
        await this.tx.run(async (tx) => {
          await tx.getRepository(TeamEntity).insert(row);
          if ('roster' in members) await MembersRepository.addRoster(tx, row, members.roster);
        });
        return this.db.getRepository(TeamEntity).findOneByOrFail({ id: row.id });
      } catch (error) {
        if (fixedJoinCode || !isUniqueViolation(error) || attempt >= 5) throw error;
      }
    }
  }

  async updateTeam(id: string, patch: Partial<Pick<TeamEntity, 'name' | 'groupName' | 'memberCap'>>): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(TeamEntity).update({ id }, patch));
  }

  listTeams(contestId: string): Promise<TeamEntity[]> {
    return this.db.getRepository(TeamEntity).find({ where: { contestId }, order: { createdAt: 'ASC', name: 'ASC' } });
  }

  findTeam(id: string): Promise<TeamEntity | null> {
    return this.db.getRepository(TeamEntity).findOneBy({ id });
  }

  findTeamByJoinCode(joinCode: string): Promise<TeamEntity | null> {
    return this.db.getRepository(TeamEntity).findOneBy({ joinCode });
  }

  /** The round, its placements and the contest's own copies of its questions, in one transaction. */
  async createRound(round: Omit<RoundEntity, 'position'>, questions: StoredQuestion[]): Promise<RoundEntity> {
    const questionIds = questions.map((q) => q.id);
    return this.tx.run(async (tx) => {
      await ContestQuestionRepository.copyInto(tx, round.contestId, questions);
      const count = await tx.getRepository(RoundEntity).countBy({ contestId: round.contestId });
      const saved = tx.getRepository(RoundEntity).create({ ...round, position: count + 1 });
      await tx.getRepository(RoundEntity).insert(saved);
      const rq = tx.getRepository(RoundQuestionEntity);
      await rq.insert(
        questionIds.map((questionId, index) =>
          rq.create({ id: newId(), contestId: round.contestId, roundId: saved.id, questionId, position: index + 1, status: 'pending' }),
        ),
      );
      return saved;
    });
  }

  findRound(id: string): Promise<RoundEntity | null> {
    return this.db.getRepository(RoundEntity).findOneBy({ id });
  }

  listRounds(contestId: string): Promise<RoundEntity[]> {
    return this.db.getRepository(RoundEntity).find({ where: { contestId }, order: { position: 'ASC' } });
  }

  listRoundQuestions(contestId: string): Promise<RoundQuestionEntity[]> {
    return this.db.getRepository(RoundQuestionEntity).find({ where: { contestId }, order: { position: 'ASC' } });
  }

  findRoundQuestion(roundId: string, questionId: string): Promise<RoundQuestionEntity | null> {
    return this.db.getRepository(RoundQuestionEntity).findOneBy({ roundId, questionId });
  }

  findRoundQuestionById(id: string): Promise<RoundQuestionEntity | null> {
    return this.db.getRepository(RoundQuestionEntity).findOneBy({ id });
  }

  /** The question currently open in a contest, if any (at most one is open at a time). */
  findOpenRoundQuestion(contestId: string): Promise<RoundQuestionEntity | null> {
    return this.db.getRepository(RoundQuestionEntity).findOneBy({ contestId, status: 'open' });
  }

  /**
   * Opens one question (assigned to one team in rounds answered in turn) and closes whatever else was
   * open in the contest, in one transaction. Returns the placements it closed that way.
   */
  async openQuestion(rq: RoundQuestionEntity, openedAt: Date, deadline: Date, assignedTeamId: string | null = null): Promise<string[]> {
    return this.tx.run(async (tx) => {
      const repo = tx.getRepository(RoundQuestionEntity);
      const others = await repo.find({ select: { id: true }, where: { contestId: rq.contestId, status: 'open', id: Not(rq.id) } });
      if (others.length) await repo.update({ id: In(others.map((o) => o.id)), status: 'open' }, { status: 'closed', closedAt: openedAt });
      await repo.update({ id: rq.id }, { status: 'open', openedAt, deadline, closedAt: null, pausedAt: null, assignedTeamId });
      return others.map((o) => o.id);
    });
  }

  /** Open questions whose countdown ran out before `now` (not paused): the deadline closer's work. */
  listOpenPastDeadline(now: Date): Promise<RoundQuestionEntity[]> {
    return this.db.getRepository(RoundQuestionEntity).findBy({ status: 'open', pausedAt: IsNull(), deadline: LessThan(now) });
  }

  /** Pauses an open question (only if it is open and not already paused). Returns whether it changed. */
  async pauseQuestion(id: string, at: Date): Promise<boolean> {
    const result = await this.tx.run((tx) => tx.getRepository(RoundQuestionEntity).update({ id, status: 'open', pausedAt: IsNull() }, { pausedAt: at }));
    return Boolean(result.affected);
  }

  /** Resumes a paused question, moving its deadline by the time it stood still. */
  async resumeQuestion(rq: RoundQuestionEntity, at: Date): Promise<Date | null> {
    if (!rq.pausedAt || !rq.deadline) return null;
    const deadline = new Date(rq.deadline.getTime() + (at.getTime() - rq.pausedAt.getTime()));
    const result = await this.tx.run((tx) => tx.getRepository(RoundQuestionEntity).update({ id: rq.id, pausedAt: Not(IsNull()) }, { pausedAt: null, deadline }));
    return result.affected ? deadline : null;
  }

  /** Closes an open question; false when it was not open (closed meanwhile, by a person or another node). */
  async closeQuestion(id: string, closedAt: Date): Promise<boolean> {
    const result = await this.tx.run((tx) => tx.getRepository(RoundQuestionEntity).update({ id, status: 'open' }, { status: 'closed', closedAt }));
    return Boolean(result.affected);
  }

  async addJudge(contestId: string, userId: string, chief: boolean): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(ContestJudgeEntity).upsert({ contestId, userId, chief }, ['contestId', 'userId']));
  }

  async isJudge(contestId: string, userId: string): Promise<boolean> {
    return (await this.findJudge(contestId, userId)) !== null;
  }

  /** The judge's seat on this contest's panel, or null when they are not on it. */
  findJudge(contestId: string, userId: string): Promise<ContestJudgeEntity | null> {
    return this.db.getRepository(ContestJudgeEntity).findOneBy({ contestId, userId });
  }

  listJudges(contestId: string): Promise<ContestJudgeEntity[]> {
    return this.db.getRepository(ContestJudgeEntity).findBy({ contestId });
  }

}
