import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '../common/app-error';
import { Clock } from '../common/clock';
import type { Principal } from '../common/principal';
import type { ContestEntity } from '../database/entities';
import { AuditRepository } from '../audit/audit.repository';
import { LiveEventBus } from '../queue/live-event-bus';
import { ContestAccess } from './contest-access';
import { ContestRepository } from './contest.repository';
import type { UpdateContestSettingsDto } from './contest-settings.dto';

/** The organizer changes a contest's settings after creating it: lifelines, base score. Audited. */
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
    if (!contest) throw AppError.notFound({ zh: '竞赛', en: 'Contest' });
    ContestAccess.assertManage(principal, contest);
    if (principal.kind !== 'staff') throw AppError.forbidden();
    if (dto.lifelines === undefined && dto.baseScore === undefined) {
      throw new AppError(ErrorCode.BadRequest, '没有要修改的设置 / Nothing to change: send lifelines or baseScore');
    }
    const settings = dto.lifelines ? { ...contest.settings, lifelines: { thinkTank: dto.lifelines.thinkTank } } : contest.settings;
    const baseScore = dto.baseScore ?? contest.baseScore;
    await this.contests.updateContest(contestId, { settings, baseScore });
    await this.audit.insert({
      contestId,
      actorId: principal.userId,
      action: 'contest.settings',
      entityId: contestId,
      before: { baseScore: contest.baseScore, thinkTank: contest.settings.lifelines?.thinkTank ?? 0 },
      after: { baseScore, thinkTank: settings.lifelines?.thinkTank ?? 0 },
      reason: null,
      createdAt: this.clock.now(),
    });
    const version = await this.contests.bumpVersion(contestId);
    // The base score moves every team's total.
    if (baseScore !== contest.baseScore) await this.bus.publish({ type: 'board-changed', contestId });
    const saved = (await this.contests.findContest(contestId)) as ContestEntity;
    return { id: saved.id, title: saved.title, status: saved.status, baseScore: saved.baseScore, settings: saved.settings, version };
  }
}
