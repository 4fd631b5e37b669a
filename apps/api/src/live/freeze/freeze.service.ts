import { Injectable } from '@nestjs/common';
import { isFrozenAt } from '@jingsai/scoring';
import { AppError } from '../../common/app-error';
import { Clock } from '../../common/clock';
import type { Principal, StaffPrincipal } from '../../common/principal';
import { ContestAccess } from '../../contests/contest-access';
import { ContestRepository } from '../../contests/contest.repository';
import type { ContestEntity, ContestSettings } from '../../database/entities';
import { LiveEventBus } from '../../queue/live-event-bus';
import { AuditRepository } from '../../audit/audit.repository';
import type { FreezeState } from '@jingsai/domain';

export type { FreezeState };

/**
 * 封榜 / 揭晓. The public board hides every event from the freeze on; the contest's managers
 * keep the live board. The reveal clears the setting, so the public board catches up at once.
 */
@Injectable()
export class FreezeService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly audit: AuditRepository,
    private readonly bus: LiveEventBus,
    private readonly clock: Clock,
  ) {}

  /** Manual freeze now, or (with `minutes` and `endsAt`) for the last N minutes before the end. */
  async freeze(principal: Principal, contestId: string, input: { minutes?: number; endsAt?: string }): Promise<FreezeState> {
    const { contest, staff } = await this.managed(principal, contestId);
    const now = this.clock.now();
    let freeze: NonNullable<ContestSettings['freeze']>;
    if (input.minutes !== undefined) {
      const endsAt = input.endsAt ? new Date(input.endsAt) : null;
      if (!endsAt || Number.isNaN(endsAt.getTime())) {
        throw new AppError('FREEZE_NEEDS_END');
      }
      freeze = { mode: 'lastMinutes', minutes: input.minutes, contestEndsAt: endsAt.toISOString() };
    } else {
      freeze = { mode: 'manual', frozenAt: now.toISOString() };
    }
    return this.save(contest, staff, freeze, 'board.freeze');
  }

  /** The reveal (揭晓): the public board shows everything again. */
  async unfreeze(principal: Principal, contestId: string): Promise<FreezeState> {
    const { contest, staff } = await this.managed(principal, contestId);
    if (!contest.settings.freeze) throw new AppError('BOARD_NOT_FROZEN');
    return this.save(contest, staff, null, 'board.reveal');
  }

  private async save(contest: ContestEntity, staff: StaffPrincipal, freeze: ContestSettings['freeze'], action: string): Promise<FreezeState> {
    const now = this.clock.now();
    await this.contests.updateContest(contest.id, { settings: { ...contest.settings, freeze } });
    await this.audit.insert({
      contestId: contest.id,
      actorId: staff.userId,
      action,
      entityId: contest.id,
      before: { freeze: contest.settings.freeze ?? null },
      after: { freeze },
      reason: null,
      createdAt: now,
    });
    const version = await this.contests.bumpVersion(contest.id);
    await this.bus.publish({ type: 'board-changed', contestId: contest.id });
    return FreezeService.describe(freeze, now, version);
  }

  static describe(freeze: ContestSettings['freeze'], now: Date, version: number): FreezeState {
    if (!freeze) return { frozen: false, frozenFrom: null, freeze: null, version };
    const setting = freeze.mode === 'manual'
      ? { mode: 'manual' as const, frozenAt: new Date(freeze.frozenAt) }
      : { mode: 'lastMinutes' as const, minutes: freeze.minutes, contestEndsAt: new Date(freeze.contestEndsAt) };
    const from = freeze.mode === 'manual' ? freeze.frozenAt : new Date(Date.parse(freeze.contestEndsAt) - freeze.minutes * 60_000).toISOString();
    return { frozen: isFrozenAt(now, setting) !== null, frozenFrom: from, freeze, version };
  }

  private async managed(principal: Principal, contestId: string): Promise<{ contest: ContestEntity; staff: StaffPrincipal }> {
    if (principal.kind !== 'staff') throw new AppError('FORBIDDEN');
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
    return { contest, staff: principal };
  }
}
