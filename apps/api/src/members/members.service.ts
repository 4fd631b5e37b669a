import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ATTEMPT_LIMITS, FailedAttempts } from '../auth/failed-attempts';
import { SessionRegistry } from '../auth/session-registry';
import { TokenService } from '../auth/token.service';
import { AppError, ErrorCode } from '../common/app-error';
import { Clock } from '../common/clock';
import type { Principal } from '../common/principal';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import type { ContestantEntity, TeamEntity } from '../database/entities';
import { LiveEventBus } from '../queue/live-event-bus';
import type { JoinDto } from './members.dto';
import { MembersRepository, newPin } from './members.repository';

export interface JoinResult {
  accessToken: string;
  contestant: { id: string; name: string; teamId: string; teamName: string; contestId: string; pin: string | null };
}

/** The phone's secret is random and long: a plain SHA-256 is enough to keep only its fingerprint. */
function hashSecret(secret: string | undefined): string | null {
  return secret ? createHash('sha256').update(secret).digest('hex') : null;
}

const TEAM = { zh: '队伍', en: 'Team' };

/**
 * Who may be a member, and on which phone. A join creates a member only within the team's roster or
 * cap; joining again on the same phone (its secret) is the same member; a new phone needs the member's
 * PIN or the organizer's approval, and the old phone's session ends. Nobody becomes a member by name.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly members: MembersRepository,
    private readonly tokens: TokenService,
    private readonly sessions: SessionRegistry,
    private readonly attempts: FailedAttempts,
    private readonly bus: LiveEventBus,
    private readonly clock: Clock,
  ) {}

  /** What a join code opens, so the phone can show the team to confirm before joining. */
  async lookup(joinCode: string) {
    const team = await this.teamByCode(joinCode);
    const contest = await this.contests.findContest(team.contestId);
    return { contestId: team.contestId, contestTitle: contest?.title ?? '', teamId: team.id, teamName: team.name };
  }

  async join(contestId: string | null, dto: JoinDto): Promise<JoinResult> {
    const team = await this.teamByCode(dto.joinCode);
    if (contestId && team.contestId !== contestId) throw new AppError(ErrorCode.NotFound, INVALID_CODE);
    const contest = await this.contests.findContest(team.contestId);
    if (!contest || contest.status === 'archived') throw new AppError(ErrorCode.Conflict, '竞赛已归档，不能加入 / The contest is archived: joining is closed');
    const name = dto.name.trim();
    if (!name) throw new AppError(ErrorCode.BadRequest, '请输入姓名 / Enter your name');
    const secretHash = hashSecret(dto.secret);

    const existing = await this.members.findMember(team.id, name);
    if (existing) return this.rejoin(team, existing, dto, secretHash);
    if (team.memberCap === null) {
      throw new AppError(ErrorCode.Forbidden, `“${name}”不在${team.name}的名单中，请核对姓名或联系组织者 / "${name}" is not on ${team.name}'s roster: check the name or ask the organizer`);
    }
    const seat = await this.members.takeSeat(team, { name, secretHash }, this.clock.now());
    if (seat.outcome === 'full') {
      throw new AppError(ErrorCode.Conflict, `${team.name}已满员（${team.memberCap} 人），请联系组织者 / ${team.name} is full (${team.memberCap} members): ask the organizer`);
    }
    if (seat.outcome === 'name-taken') {
      // Someone joined with this name a moment ago (on another node, or a double tap): the same rules as a re-join.
      const member = await this.members.findMember(team.id, name);
      if (!member) throw new AppError(ErrorCode.Conflict, '请重试 / Please try again');
      return this.rejoin(team, member, dto, secretHash);
    }
    await this.announceMembers(team.contestId);
    return this.session(team, seat.member, seat.member.sessionVersion);
  }

  private async rejoin(team: TeamEntity, member: ContestantEntity, dto: JoinDto, secretHash: string | null): Promise<JoinResult> {
    if (member.removedAt) throw new AppError(ErrorCode.Forbidden, '您已被组织者移出本队 / You were removed from this team by the organizer');
    if (!member.joinedAt) {
      // A roster place taken for the first time.
      if (await this.members.claimRosterPlace(member.id, secretHash, this.clock.now())) {
        await this.announceMembers(team.contestId);
        return this.session(team, member, member.sessionVersion);
      }
      member = (await this.members.findMemberById(member.id)) ?? member;
    }
    if (secretHash && member.secretHash === secretHash) return this.session(team, member, member.sessionVersion);
    if (dto.pin !== undefined) return this.rejoinWithPin(team, member, dto.pin, secretHash);
    if (!secretHash) {
      throw new AppError(ErrorCode.RejoinNeedsPin, `“${member.name}”已加入。换手机继续请输入 PIN / "${member.name}" has already joined: enter the member's PIN to continue on this phone`);
    }
    const request = await this.members.requestRejoin(member, secretHash);
    await this.announceMembers(team.contestId);
    throw new AppError(
      ErrorCode.RejoinNeedsPin,
      `“${member.name}”已在另一部手机上加入。请输入 PIN，或等待组织者批准 / "${member.name}" joined on another phone: enter the PIN, or wait for the organizer to approve this phone`,
      { requestId: request.id, contestId: team.contestId },
    );
  }

  private async rejoinWithPin(team: TeamEntity, member: ContestantEntity, pin: string, secretHash: string | null): Promise<JoinResult> {
    const key = `pin:${member.id}`;
    await this.attempts.assertBelow([{ key, limit: ATTEMPT_LIMITS.perMemberPin }], (minutes) =>
      `PIN 错误次数过多，请 ${minutes} 分钟后再试或请组织者批准 / Too many wrong PINs: try again in ${minutes} minute(s) or ask the organizer`,
    );
    if (!member.pin || member.pin !== pin.trim()) {
      await this.attempts.record([key]);
      throw new AppError(ErrorCode.Forbidden, 'PIN 不正确 / Wrong PIN');
    }
    await this.attempts.clear(key);
    const sessionVersion = await this.members.bindPhone(member.id, secretHash);
    await this.sessions.changed(`contestant:${member.id}`);
    return this.session(team, member, sessionVersion);
  }

  /** The new phone of an approved request gets its session (the request's secret proves it is that phone). */
  async claim(contestId: string, requestId: string, secret: string): Promise<JoinResult | { status: 'pending' }> {
    const request = await this.members.findRequest(requestId);
    if (!request || request.contestId !== contestId || request.secretHash !== hashSecret(secret)) throw AppError.notFound({ zh: '申请', en: 'Request' });
    // Waiting is the normal answer while the organizer decides: not an error.
    if (request.status === 'pending') return { status: 'pending' };
    if (request.status === 'denied') throw new AppError(ErrorCode.Forbidden, '组织者未批准 / The organizer did not approve this phone', { status: 'denied' });
    const [member, team] = await Promise.all([this.members.findMemberById(request.contestantId), this.contests.findTeam(request.teamId)]);
    if (!member || !team || member.removedAt || member.secretHash !== request.secretHash) {
      throw new AppError(ErrorCode.Forbidden, '该批准已失效 / This approval no longer applies');
    }
    return this.session(team, member, member.sessionVersion);
  }

  /** The organizer's view: every team's members (PIN, joined or not) and the phones waiting for approval. */
  async list(principal: Principal, contestId: string) {
    await this.managed(principal, contestId);
    const [teams, members, requests] = await Promise.all([this.contests.listTeams(contestId), this.members.listMembers(contestId), this.members.listPendingRequests(contestId)]);
    return {
      teams: teams.map((t) => ({
        teamId: t.id,
        teamName: t.name,
        memberCap: t.memberCap,
        roster: t.memberCap === null,
        members: members
          .filter((m) => m.teamId === t.id)
          .map((m) => ({ id: m.id, name: m.name, pin: m.pin, joined: m.joinedAt !== null, joinedAt: m.joinedAt?.toISOString() ?? null, removed: m.removedAt !== null })),
      })),
      requests: requests.map((r) => ({
        id: r.id,
        teamId: r.teamId,
        teamName: teams.find((t) => t.id === r.teamId)?.name ?? '',
        contestantId: r.contestantId,
        name: members.find((m) => m.id === r.contestantId)?.name ?? '',
        createdAt: r.createdAt.toISOString(),
      })),
    };
  }

  async decide(principal: Principal, requestId: string, approve: boolean) {
    const request = await this.members.findRequest(requestId);
    if (!request) throw AppError.notFound({ zh: '申请', en: 'Request' });
    await this.managed(principal, request.contestId);
    const decided = await this.members.decide(request, approve, principal.kind === 'staff' ? principal.userId : '', this.clock.now());
    if (!decided) throw new AppError(ErrorCode.Conflict, '该申请已处理 / This request was already decided');
    if (approve) await this.sessions.changed(`contestant:${request.contestantId}`);
    await this.announceMembers(request.contestId);
    return { id: decided.id, status: decided.status };
  }

  /** Replaces a roster team's names; a cap team gets a new cap. */
  async setRoster(principal: Principal, contestId: string, teamId: string, names: string[]) {
    await this.managed(principal, contestId);
    const team = await this.contests.findTeam(teamId);
    if (!team || team.contestId !== contestId) throw AppError.notFound(TEAM);
    const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
    if (unique.length === 0) throw new AppError(ErrorCode.BadRequest, '名单不能为空 / The roster is empty');
    if (team.memberCap !== null) await this.contests.updateTeam(team.id, { memberCap: null });
    await this.members.replaceRoster(team, unique);
    await this.announceMembers(contestId);
    return (await this.list(principal, contestId)).teams.find((t) => t.teamId === teamId);
  }

  async resetPin(principal: Principal, contestId: string, memberId: string) {
    const member = await this.managedMember(principal, contestId, memberId);
    const pin = newPin();
    await this.members.setPin(member.id, pin);
    return { id: member.id, pin };
  }

  async remove(principal: Principal, contestId: string, memberId: string) {
    const member = await this.managedMember(principal, contestId, memberId);
    const outcome = await this.members.removeMember(member, this.clock.now());
    await this.sessions.changed(`contestant:${member.id}`);
    await this.announceMembers(contestId);
    return { id: member.id, outcome };
  }

  private async managedMember(principal: Principal, contestId: string, memberId: string): Promise<ContestantEntity> {
    await this.managed(principal, contestId);
    const member = await this.members.findMemberById(memberId);
    if (!member || member.contestId !== contestId) throw AppError.notFound({ zh: '选手', en: 'Member' });
    return member;
  }

  private async managed(principal: Principal, contestId: string): Promise<void> {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw AppError.notFound({ zh: '竞赛', en: 'Contest' });
    ContestAccess.assertManage(principal, contest);
  }

  private async teamByCode(joinCode: string): Promise<TeamEntity> {
    const code = joinCode.trim().toUpperCase();
    const team = /^[A-Z0-9]{4,16}$/.test(code) ? await this.contests.findTeamByJoinCode(code) : null;
    if (!team) throw new AppError(ErrorCode.NotFound, INVALID_CODE);
    return team;
  }

  /** The lobby and the console follow who has joined. */
  private async announceMembers(contestId: string): Promise<void> {
    await this.bus.publish({ type: 'contest-event', contestId, event: 'members.changed', payload: { at: this.clock.now().toISOString() } });
  }

  private session(team: TeamEntity, member: ContestantEntity, sessionVersion: number): JoinResult {
    const accessToken = this.tokens.sign({
      kind: 'contestant',
      role: 'contestant',
      contestantId: member.id,
      contestId: team.contestId,
      teamId: team.id,
      name: member.name,
      sessionVersion,
    });
    return { accessToken, contestant: { id: member.id, name: member.name, teamId: team.id, teamName: team.name, contestId: team.contestId, pin: member.pin } };
  }
}

const INVALID_CODE = '加入码无效 / Unknown join code';
