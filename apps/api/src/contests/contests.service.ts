import { Injectable } from '@nestjs/common';
import type { RoundKind } from '@jingsai/domain';
import { AppError } from '../common/app-error';
import { newId } from '../common/ids';
import type { Principal } from '../common/principal';
import { QuestionRepository, type StoredQuestion } from '../banks/question.repository';
import { UserRepository } from '../auth/user.repository';
import type { ContestEntity, RoundSettingsColumn } from '../database/entities';
import { ContestAccess } from './contest-access';
import { drawCandidateOf } from '../round-kinds/written/paper-draw';
import { ROUND_KIND_PLUGINS, roundKind } from '../round-kinds/registry';
import { ContestRepository } from './contest.repository';
import { DEFAULT_MEMBER_CAP, type AssignJudgeDto, type CreateContestDto, type CreateRoundDto, type CreateTeamDto } from './contests.dto';


@Injectable()
export class ContestsService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly questions: QuestionRepository,
    private readonly users: UserRepository,
  ) {}

  async get(id: string): Promise<ContestEntity> {
    const contest = await this.contests.findContest(id);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    return contest;
  }

  async getManaged(principal: Principal, id: string): Promise<ContestEntity> {
    const contest = await this.get(id);
    ContestAccess.assertManage(principal, contest);
    return contest;
  }

  async create(principal: Principal, dto: CreateContestDto) {
    if (principal.kind !== 'staff' || principal.role === 'judge') throw new AppError('FORBIDDEN');
    const contest = await this.contests.createContest({
      id: newId(),
      title: dto.title.trim(),
      ownerId: principal.userId,
      status: 'draft',
      baseScore: dto.baseScore ?? 0,
      settings: dto.lifelines ? { lifelines: { thinkTank: dto.lifelines.thinkTank } } : {},
    });
    return this.describe(contest);
  }

  async list(principal: Principal) {
    if (principal.kind !== 'staff') throw new AppError('FORBIDDEN');
    const rows =
      principal.role === 'admin'
        ? await this.contests.listContests(null, null)
        : principal.role === 'judge'
          ? await this.contests.listContests(null, principal.userId)
          : await this.contests.listContests(principal.userId, null);
    return rows.map((c) => this.describe(c));
  }

  /** Full contest description for staff: teams (with join codes for managers), rounds and their questions' state. */
  async details(principal: Principal, id: string) {
    const contest = await this.get(id);
    const manager = ContestAccess.canManage(principal, contest);
    const seat = principal.kind === 'staff' && principal.role === 'judge' ? await this.contests.findJudge(id, principal.userId) : null;
    if (!manager && !seat) throw new AppError('FORBIDDEN');
    const [teams, rounds, roundQuestions] = await Promise.all([
      this.contests.listTeams(id),
      this.contests.listRounds(id),
      this.contests.listRoundQuestions(id),
    ]);
    // A judge reviews blind: no teams, and no team behind an in-turn question.
    return {
      ...this.describe(contest),
      // The judge's page shows the appeals tab to the chief only (without asking the queue for a 403).
      ...(seat ? { chiefJudge: seat.chief } : {}),
      teams: manager ? teams.map((t) => ({ id: t.id, name: t.name, group: t.groupName, joinCode: t.joinCode, memberCap: t.memberCap })) : [],
      rounds: rounds.map((r) => ({
        id: r.id,
        title: r.title,
        kind: r.kind,
        position: r.position,
        secondsPerQuestion: r.secondsPerQuestion,
        settings: r.settings,
        questions: roundQuestions
          .filter((q) => q.roundId === r.id)
          .map((q) => ({
            questionId: q.questionId,
            position: q.position,
            status: q.status,
            openedAt: q.openedAt,
            deadline: q.deadline,
            closedAt: q.closedAt,
            assignedTeamId: manager ? q.assignedTeamId : null,
          })),
      })),
    };
  }

  async addTeam(principal: Principal, contestId: string, dto: CreateTeamDto) {
    await this.getManaged(principal, contestId);
    const name = dto.name.trim();
    if ((await this.contests.listTeams(contestId)).some((t) => t.name === name)) {
      throw new AppError('TEAM_NAME_TAKEN', { name });
    }
    if (dto.roster && dto.memberCap !== undefined) {
      throw new AppError('ROSTER_OR_CAP');
    }
    const roster = dto.roster ? [...new Set(dto.roster.map((n) => n.trim()).filter(Boolean))] : null;
    const team = await this.contests.addTeam(contestId, name, dto.group?.trim() || null, roster ? { roster } : { memberCap: dto.memberCap ?? DEFAULT_MEMBER_CAP });
    await this.contests.bumpVersion(contestId);
    return { id: team.id, name: team.name, joinCode: team.joinCode, group: team.groupName, memberCap: team.memberCap, roster };
  }

  async addRound(principal: Principal, contestId: string, dto: CreateRoundDto) {
    await this.getManaged(principal, contestId);
    const unique = [...new Set(dto.questionIds)];
    if (unique.length !== dto.questionIds.length) {
      throw new AppError('ROUND_QUESTION_TWICE');
    }
    const found = await this.questions.findQuestions(unique);
    const missing = unique.filter((id) => !found.some((q) => q.id === id));
    if (missing.length) throw new AppError('ROUND_UNKNOWN_QUESTIONS', { ids: missing.join(', ') });
    await this.assertOwnBanks(principal, found);
    const drafts = found.filter((q) => q.draft);
    if (drafts.length) {
      throw new AppError('ROUND_DRAFT_QUESTIONS', { ids: drafts.map((q) => q.id).join(', ') });
    }
    await this.assertRoundTeams(contestId, dto);
    const byId = new Map(found.map((q) => [q.id, q]));
    const settings = ContestsService.roundSettings(dto, found);
    const round = await this.contests.createRound(
      { id: newId(), contestId, title: dto.title.trim(), kind: dto.kind as RoundKind, secondsPerQuestion: dto.secondsPerQuestion, settings },
      dto.questionIds.map((id) => byId.get(id) as StoredQuestion),
    );
    await this.contests.bumpVersion(contestId);
    return { id: round.id, title: round.title, kind: round.kind, position: round.position, secondsPerQuestion: round.secondsPerQuestion, settings: round.settings, questionIds: dto.questionIds };
  }

  /** Every kind checks its own fields wherever they are given; the round's kind fills in its defaults. */
  private static roundSettings(dto: CreateRoundDto, questions: StoredQuestion[]): RoundSettingsColumn {
    const given = { ...(dto.settings ?? {}) } as RoundSettingsColumn;
    const kind = roundKind(dto.kind);
    const round = { accepts: kind.accepts, questions: questions.map(drawCandidateOf) };
    for (const plugin of ROUND_KIND_PLUGINS) plugin.checkSettings(given, round);
    return kind.withDefaults(given);
  }

  /** A round may only use questions from banks its organizer owns (admins may use any bank). */
  private async assertOwnBanks(principal: Principal, questions: StoredQuestion[]): Promise<void> {
    if (principal.kind !== 'staff' || principal.role === 'admin') return;
    for (const bankId of new Set(questions.map((q) => q.bankId))) {
      const bank = await this.questions.findBank(bankId);
      if (!bank || bank.ownerId !== principal.userId) {
        throw new AppError('FOREIGN_BANK_QUESTIONS');
      }
    }
  }

  /** A tie-break round's team list names teams of this contest; only a tie-break round has one. */
  private async assertRoundTeams(contestId: string, dto: CreateRoundDto): Promise<void> {
    const listed = dto.settings?.tieBreakTeams;
    if (!listed) return;
    if (!dto.settings?.tieBreak) throw new AppError('TEAMS_ONLY_FOR_TIE_BREAK');
    const teams = new Set((await this.contests.listTeams(contestId)).map((t) => t.id));
    const unknown = listed.filter((id) => !teams.has(id));
    if (unknown.length) throw new AppError('TEAMS_NOT_IN_CONTEST', { ids: unknown.join(', ') });
  }

  async assignJudge(principal: Principal, contestId: string, dto: AssignJudgeDto) {
    await this.getManaged(principal, contestId);
    const user = await this.users.findById(dto.userId);
    if (!user || user.role !== 'judge') throw new AppError('USER_NOT_A_JUDGE');
    await this.contests.addJudge(contestId, user.id, Boolean(dto.chief));
    return { contestId, userId: user.id, username: user.username, chief: Boolean(dto.chief) };
  }

  private describe(c: ContestEntity) {
    return { id: c.id, title: c.title, status: c.status, baseScore: c.baseScore, settings: c.settings, version: c.version, createdAt: c.createdAt };
  }
}
