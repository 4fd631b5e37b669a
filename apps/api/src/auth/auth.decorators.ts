import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@jingsai/domain';
import type { Principal } from '../common/principal';

export const PUBLIC_KEY = 'jingsai:public';
export const ROLES_KEY = 'jingsai:roles';
export const PASSWORD_CHANGE_KEY = 'jingsai:password-change';

/** The route needs no token (login, join, health, public big-screen data). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The route stays open to a user who must set a new password first (the change itself, who am I). */
export const AllowDuringPasswordChange = () => SetMetadata(PASSWORD_CHANGE_KEY, true);

/** Only these roles may call the route; contest-level checks stay in the services. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest<{ principal: Principal }>().principal;
});
