import { Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import type { Principal } from '../common/principal';
import type { ContestEntity, ContestSettings } from '../database/entities';
import { AuditRepository } from '../audit/audit.repository';
import { LiveEventBus } from '../queue/live-event-bus';
import { ContestAccess } from './contest-access';
import { ContestRepository } from './contest.repository';
import type { UpdateContestSettingsDto } from './contest-settings.dto';

function nextSettings(current: ContestSettings, dto: UpdateContestSettingsDto): ContestSettings {
  const next: ContestSettings = { ...current };
  if (dto.lifelines) next.lifelines = { thinkTank: dto.lifelines.thinkTank };
  if (dto.groupScore) next.groupScore = dto.groupScore;
  if (dto.venue) {
    const venue = { ...current.venue };
    if (dto.venue.showJoinCodes !== undefined) venue.showJoinCodes = dto.venue.showJoinCodes;
    if (dto.venue.joinUrl !== undefined) venue.joinUrl = dto.venue.joinUrl === null ? null : new URL(dto.venue.joinUrl).origin;
    next.venue = venue;
  }
  return next;
}

function auditView(baseScore: number, settings: ContestSettings) {
  return { baseScore, thinkTank: settings.lifelines?.thinkTank ?? 0, groupScore: settings.groupScore ?? 'mean', venue: settings.venue ?? null };
}

/** The organizer changes a contest's settings after creating it: lifelines, base score, group totals, the venue. Audited. */
@Injectable()
export class ContestSettingsService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly audit: AuditRepository,
    private readonly bus: LiveEventBus,
    private readonly clock: Clock,
  ) {}

  async update(principal: Principal, contestId: string, dto: UpdateContestSettingsDto) {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
    if (principal.kind !== 'staff') throw new AppError('FORBIDDEN');
    if (dto.lifelines === undefined && dto.baseScore === undefined && dto.groupScore === undefined && dto.venue === undefined) {
      throw new AppError('SETTINGS_NOTHING_TO_CHANGE');
    }
    const settings = nextSettings(contest.settings, dto);
    const baseScore = dto.baseScore ?? contest.baseScore;
    await this.contests.updateContest(contestId, { settings, baseScore });
    await this.audit.insert({
      contestId,
      actorId: principal.userId,
      action: 'contest.settings',
      entityId: contestId,
      before: auditView(contest.baseScore, contest.settings),
      after: auditView(baseScore, settings),
      reason: null,
      createdAt: this.clock.now(),
    });
    const version = await this.contests.bumpVersion(contestId);
    // The base score moves every team's total; the group rule moves the group totals.
    if (baseScore !== contest.baseScore || settings.groupScore !== contest.settings.groupScore) await this.bus.publish({ type: 'board-changed', contestId });
    // The lobby (join codes shown or hidden, the join address) is read again by the screens.
    if (dto.venue) await this.bus.publish({ type: 'contest-event', contestId, event: 'contest.updated', payload: {} });
    const saved = (await this.contests.findContest(contestId)) as ContestEntity;
    return { id: saved.id, title: saved.title, status: saved.status, baseScore: saved.baseScore, settings: saved.settings, version };
  }
}
