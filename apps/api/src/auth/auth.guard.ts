import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@jingsai/domain';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/app-error';
import type { Principal } from '../common/principal';
import { PASSWORD_CHANGE_KEY, PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { SessionRegistry } from './session-registry';
import { TokenService } from './token.service';

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}

/** Admins pass every staff check; contestant-only routes stay contestant-only. */
function roleAllowed(role: Role, allowed: Role[]): boolean {
  return allowed.includes(role) || (role === 'admin' && allowed.some((r) => r !== 'contestant'));
}


/**
 * Global guard: every route needs a valid bearer token of a current session unless marked @Public();
 * @Roles narrows it. A user signed in with the default password may only change it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: SessionRegistry,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const token = bearerToken(request.headers.authorization);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      // Public routes still learn who is calling when a token is sent (e.g. staff see the unfrozen board).
      if (token) request.principal = await this.current(token);
      return true;
    }
    if (!token) throw new AppError('SIGN_IN_REQUIRED');
    const principal = (request.principal = await this.current(token));
    if (principal.kind === 'staff' && principal.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_KEY, targets)) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roleAllowed(principal.role, roles)) throw new AppError('FORBIDDEN');
    return true;
  }

  private async current(token: string): Promise<Principal> {
    const principal = this.tokens.verify(token);
    await this.sessions.assertCurrent(principal);
    return principal;
  }
}
