import { Injectable } from '@nestjs/common';
import type { ContestStatus } from '@jingsai/domain';
import { AuditRepository } from '../audit/audit.repository';
import { QuestionRepository } from '../banks/question.repository';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import type { Principal, StaffPrincipal } from '../common/principal';
import type { ContestEntity } from '../database/entities';
import { LiveEventBus } from '../queue/live-event-bus';
import { UserRepository } from '../auth/user.repository';
import { ContestAccess } from './contest-access';
import { ContestEditingRepository } from './contest-editing.repository';
import type { UpdateContestDto, UpdateRoundDto, UpdateTeamDto } from './contest-editing.dto';
import { ContestRepository } from './contest.repository';

/** The stages a contest moves through, and the moves allowed from each. */
const NEXT_STATUS: Record<ContestStatus, ContestStatus[]> = {
  draft: ['running', 'archived'],
  running: ['finished'],
  finished: ['running', 'archived'],
  archived: [],
};

const STATUS_LABEL: Record<ContestStatus, string> = { draft: '筹备中', running: '进行中', finished: '已结束', archived: '已归档' };


/**
 * Renaming and removing what an organizer made, with safe rules: anything can be renamed; a bank goes
 * when no contest uses it; a team, round or contest only before any answer exists (a contest with
 * answers is archived instead); a judge leaves a contest with no scores still pending.
 */
@Injectable()
export class ContestEditingService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly editing: ContestEditingRepository,
    private readonly questions: QuestionRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditRepository,
    private readonly bus: LiveEventBus,
    private readonly clock: Clock,
  ) {}

  /** Rename, and move through draft → running → finished → archived (announced to every screen and phone). */
  async updateContest(principal: Principal, contestId: string, dto: UpdateContestDto) {
    const { contest, staff } = await this.managed(principal, contestId);
    if (dto.title === undefined && dto.status === undefined) throw new AppError('NOTHING_TO_CHANGE');
    if (dto.status && dto.status !== contest.status && !NEXT_STATUS[contest.status].includes(dto.status)) {
      throw new AppError('CONTEST_STATUS_CHANGE', { from: contest.status, to: dto.status, fromLabel: STATUS_LABEL[contest.status], toLabel: STATUS_LABEL[dto.status] });
    }
    const patch = { ...(dto.title ? { title: dto.title.trim() } : {}), ...(dto.status ? { status: dto.status } : {}) };
    await this.contests.updateContest(contestId, patch);
    await this.audit.insert({
      contestId,
      actorId: staff.userId,
      action: 'contest.update',
      entityId: contestId,
      before: { title: contest.title, status: contest.status },
      after: { title: patch.title ?? contest.title, status: patch.status ?? contest.status },
      reason: null,
      createdAt: this.clock.now(),
    });
    const version = await this.contests.bumpVersion(contestId);
    await this.bus.publish({ type: 'contest-event', contestId, event: 'contest.updated', payload: { version, title: patch.title ?? contest.title, status: patch.status ?? contest.status } });
    const saved = (await this.contests.findContest(contestId)) as ContestEntity;
    return { id: saved.id, title: saved.title, status: saved.status, version };
  }

  async deleteContest(principal: Principal, contestId: string) {
    await this.managed(principal, contestId);
    if (!(await this.editing.deleteContest(contestId))) throw new AppError('ANSWERS_EXIST');
    return { id: contestId, deleted: true };
  }

  async updateTeam(principal: Principal, contestId: string, teamId: string, dto: UpdateTeamDto) {
    await this.managed(principal, contestId);
    const team = await this.contests.findTeam(teamId);
    if (!team || team.contestId !== contestId) throw new AppError('TEAM_NOT_FOUND');
    const name = dto.name?.trim();
    if (name && name !== team.name && (await this.contests.listTeams(contestId)).some((t) => t.name === name)) {
      throw new AppError('TEAM_NAME_TAKEN', { name });
    }
    if (dto.memberCap !== undefined && team.memberCap === null) {
      throw new AppError('TEAM_JOINS_BY_ROSTER');
    }
    await this.contests.updateTeam(teamId, {
      ...(name ? { name } : {}),
      ...(dto.group !== undefined ? { groupName: dto.group.trim() || null } : {}),
      ...(dto.memberCap !== undefined ? { memberCap: dto.memberCap } : {}),
    });
    await this.changed(contestId);
    const saved = await this.contests.findTeam(teamId);
    return { id: teamId, name: saved?.name, group: saved?.groupName ?? null, memberCap: saved?.memberCap ?? null };
  }

  async deleteTeam(principal: Principal, contestId: string, teamId: string) {
    await this.managed(principal, contestId);
    const team = await this.contests.findTeam(teamId);
    if (!team || team.contestId !== contestId) throw new AppError('TEAM_NOT_FOUND');
    if (!(await this.editing.deleteTeam(teamId))) throw new AppError('ANSWERS_EXIST');
    await this.changed(contestId);
    return { id: teamId, deleted: true };
  }

  async updateRound(principal: Principal, roundId: string, dto: UpdateRoundDto) {
    const round = await this.round(principal, roundId);
    await this.editing.updateRound(roundId, { ...(dto.title ? { title: dto.title.trim() } : {}), ...(dto.secondsPerQuestion ? { secondsPerQuestion: dto.secondsPerQuestion } : {}) });
    await this.changed(round.contestId);
    const saved = await this.contests.findRound(roundId);
    return { id: roundId, title: saved?.title, secondsPerQuestion: saved?.secondsPerQuestion };
  }

  async deleteRound(principal: Principal, roundId: string) {
    const round = await this.round(principal, roundId);
    if (!(await this.editing.deleteRound(round))) throw new AppError('ANSWERS_EXIST');
    await this.changed(round.contestId);
    return { id: roundId, deleted: true };
  }

  async listJudges(principal: Principal, contestId: string) {
    await this.managed(principal, contestId);
    const judges = await this.contests.listJudges(contestId);
    const users = await Promise.all(judges.map((j) => this.users.findById(j.userId)));
    return judges.map((j, i) => ({ userId: j.userId, username: users[i]?.username ?? '', chief: j.chief }));
  }

  async removeJudge(principal: Principal, contestId: string, userId: string) {
    await this.managed(principal, contestId);
    if (!(await this.contests.isJudge(contestId, userId))) throw new AppError('JUDGE_NOT_FOUND');
    const pending = await this.editing.pendingReviewsOf(contestId, userId);
    if (pending > 0) {
      throw new AppError('JUDGE_HAS_PENDING', { pending });
    }
    await this.editing.removeJudge(contestId, userId);
    return { contestId, userId, removed: true };
  }

  async renameBank(principal: Principal, bankId: string, name: string) {
    await this.ownedBank(principal, bankId);
    await this.editing.renameBank(bankId, name.trim());
    return { id: bankId, name: name.trim() };
  }

  async deleteBank(principal: Principal, bankId: string) {
    await this.ownedBank(principal, bankId);
    if (!(await this.editing.deleteBank(bankId))) {
      throw new AppError('BANK_IN_USE_NO_DELETE');
    }
    return { id: bankId, deleted: true };
  }

  private async ownedBank(principal: Principal, bankId: string): Promise<void> {
    if (principal.kind !== 'staff' || principal.role === 'judge') throw new AppError('FORBIDDEN');
    const bank = await this.questions.findBank(bankId);
    if (!bank) throw new AppError('BANK_NOT_FOUND');
    if (principal.role !== 'admin' && bank.ownerId !== principal.userId) throw new AppError('FORBIDDEN');
  }

  private async round(principal: Principal, roundId: string) {
    const round = await this.contests.findRound(roundId);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    await this.managed(principal, round.contestId);
    return round;
  }

  private async managed(principal: Principal, contestId: string): Promise<{ contest: ContestEntity; staff: StaffPrincipal }> {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
    return { contest, staff: principal as StaffPrincipal };
  }

  /** Teams and rounds show on the board and the screens: they follow. */
  private async changed(contestId: string): Promise<void> {
    await this.contests.bumpVersion(contestId);
    await this.bus.publish({ type: 'board-changed', contestId });
    await this.bus.publish({ type: 'contest-event', contestId, event: 'contest.updated', payload: {} });
  }
}
