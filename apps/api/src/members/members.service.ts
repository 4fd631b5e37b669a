import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ATTEMPT_LIMITS, FailedAttempts } from '../auth/failed-attempts';
import { SessionRegistry } from '../auth/session-registry';
import { TokenService } from '../auth/token.service';
import { AppError } from '../common/app-error';
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
    if (contestId && team.contestId !== contestId) throw new AppError('JOIN_CODE_INVALID');
    const contest = await this.contests.findContest(team.contestId);
    if (!contest || contest.status === 'archived') throw new AppError('CONTEST_ARCHIVED_NO_JOIN');
    const name = dto.name.trim();
    if (!name) throw new AppError('NAME_REQUIRED');
    const secretHash = hashSecret(dto.secret);

    const existing = await this.members.findMember(team.id, name);
    if (existing) return this.rejoin(team, existing, dto, secretHash);
    if (team.memberCap === null) {
      throw new AppError('NOT_ON_ROSTER', { name, team: team.name });
    }
    const seat = await this.members.takeSeat(team, { name, secretHash }, this.clock.now());
    if (seat.outcome === 'full') {
      throw new AppError('TEAM_FULL', { team: team.name, cap: team.memberCap ?? 0 });
    }
    if (seat.outcome === 'name-taken') {
      // Someone joined with this name a moment ago (on another node, or a double tap): the same rules as a re-join.
      const member = await this.members.findMember(team.id, name);
      if (!member) throw new AppError('JOIN_RETRY');
      return this.rejoin(team, member, dto, secretHash);
    }
    await this.announceMembers(team.contestId);
    return this.session(team, seat.member, seat.member.sessionVersion);
  }

  private async rejoin(team: TeamEntity, member: ContestantEntity, dto: JoinDto, secretHash: string | null): Promise<JoinResult> {
    if (member.removedAt) throw new AppError('MEMBER_REMOVED');
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
      throw new AppError('REJOIN_NEEDS_PIN', { name: member.name });
    }
    const request = await this.members.requestRejoin(member, secretHash);
    await this.announceMembers(team.contestId);
    throw new AppError('REJOIN_NEEDS_PIN', { name: member.name }, { requestId: request.id, contestId: team.contestId });
  }

  private async rejoinWithPin(team: TeamEntity, member: ContestantEntity, pin: string, secretHash: string | null): Promise<JoinResult> {
    const key = `pin:${member.id}`;
    await this.attempts.assertBelow([{ key, limit: ATTEMPT_LIMITS.perMemberPin }], 'PIN_RATE_LIMITED');
    if (!member.pin || member.pin !== pin.trim()) {
      await this.attempts.record([key]);
      throw new AppError('PIN_WRONG');
    }
    await this.attempts.clear(key);
    const sessionVersion = await this.members.bindPhone(member.id, secretHash);
    await this.sessions.changed(`contestant:${member.id}`);
    return this.session(team, member, sessionVersion);
  }

  /** The new phone of an approved request gets its session (the request's secret proves it is that phone). */
  async claim(contestId: string, requestId: string, secret: string): Promise<JoinResult | { status: 'pending' }> {
    const request = await this.members.findRequest(requestId);
    if (!request || request.contestId !== contestId || request.secretHash !== hashSecret(secret)) throw new AppError('JOIN_REQUEST_NOT_FOUND');
    // Waiting is the normal answer while the organizer decides: not an error.
    if (request.status === 'pending') return { status: 'pending' };
    if (request.status === 'denied') throw new AppError('JOIN_DENIED', {}, { status: 'denied' });
    const [member, team] = await Promise.all([this.members.findMemberById(request.contestantId), this.contests.findTeam(request.teamId)]);
    if (!member || !team || member.removedAt || member.secretHash !== request.secretHash) {
      throw new AppError('APPROVAL_STALE');
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
    if (!request) throw new AppError('JOIN_REQUEST_NOT_FOUND');
    await this.managed(principal, request.contestId);
    const decided = await this.members.decide(request, approve, principal.kind === 'staff' ? principal.userId : '', this.clock.now());
    if (!decided) throw new AppError('JOIN_REQUEST_DECIDED');
    if (approve) await this.sessions.changed(`contestant:${request.contestantId}`);
    await this.announceMembers(request.contestId);
    return { id: decided.id, status: decided.status };
  }

  /** Replaces a roster team's names; a cap team gets a new cap. */
  async setRoster(principal: Principal, contestId: string, teamId: string, names: string[]) {
    await this.managed(principal, contestId);
    const team = await this.contests.findTeam(teamId);
    if (!team || team.contestId !== contestId) throw new AppError('TEAM_NOT_FOUND');
    const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
    if (unique.length === 0) throw new AppError('ROSTER_EMPTY');
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
    if (!member || member.contestId !== contestId) throw new AppError('MEMBER_NOT_FOUND');
    return member;
  }

  private async managed(principal: Principal, contestId: string): Promise<void> {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
  }

  private async teamByCode(joinCode: string): Promise<TeamEntity> {
    const code = joinCode.trim().toUpperCase();
    const team = /^[A-Z0-9]{4,16}$/.test(code) ? await this.contests.findTeamByJoinCode(code) : null;
    if (!team) throw new AppError('JOIN_CODE_INVALID');
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

