import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@jingsai/domain';
import type { Request } from 'express';
import { AppError, ErrorCode } from '../common/app-error';
import type { Principal } from '../common/principal';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { TokenService } from './token.service';

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}

/** Admins pass every staff check; contestant-only routes stay contestant-only. */
function roleAllowed(role: Role, allowed: Role[]): boolean {
  return allowed.includes(role) || (role === 'admin' && allowed.some((r) => r !== 'contestant'));
}

/** Global guard: every route needs a valid bearer token unless marked @Public(); @Roles narrows it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const token = bearerToken(request.headers.authorization);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      // Public routes still learn who is calling when a token is sent (e.g. staff see the unfrozen board).
      if (token) request.principal = this.tokens.verify(token);
      return true;
    }
    if (!token) throw new AppError(ErrorCode.Unauthenticated, '请先登录 / Sign in first');
    request.principal = this.tokens.verify(token);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roleAllowed(request.principal.role, roles)) throw AppError.forbidden();
    return true;
  }
}
