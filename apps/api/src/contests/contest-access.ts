import type { ContestEntity } from '../database/entities';
import { AppError } from '../common/app-error';
import type { ContestantPrincipal, Principal } from '../common/principal';

/** Who may do what with a contest. Services call these before touching anything. */
export const ContestAccess = {
  canManage(principal: Principal, contest: ContestEntity): boolean {
    return principal.kind === 'staff' && (principal.role === 'admin' || (principal.role === 'organizer' && contest.ownerId === principal.userId));
  },

  assertManage(principal: Principal, contest: ContestEntity): void {
    if (!ContestAccess.canManage(principal, contest)) throw new AppError('FORBIDDEN');
  },

  assertContestant(principal: Principal, contestId: string): ContestantPrincipal {
    if (principal.kind !== 'contestant' || principal.contestId !== contestId) throw new AppError('FORBIDDEN');
    return principal;
  },
};
