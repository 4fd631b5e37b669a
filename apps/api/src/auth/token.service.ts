import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppError, ErrorCode } from '../common/app-error';
import type { Principal } from '../common/principal';

type TokenPayload =
  | { sub: string; kind: 'staff'; username: string; role: 'admin' | 'organizer' | 'judge' }
  | { sub: string; kind: 'contestant'; contestId: string; teamId: string; name: string };

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  sign(principal: Principal): string {
    const payload: TokenPayload =
      principal.kind === 'staff'
        ? { sub: principal.userId, kind: 'staff', username: principal.username, role: principal.role }
        : { sub: principal.contestantId, kind: 'contestant', contestId: principal.contestId, teamId: principal.teamId, name: principal.name };
    return this.jwt.sign(payload, { expiresIn: principal.kind === 'staff' ? '12h' : '2d' });
  }

  verify(token: string): Principal {
    let payload: TokenPayload;
    try {
      payload = this.jwt.verify<TokenPayload>(token);
    } catch {
      throw new AppError(ErrorCode.Unauthenticated, '登录已失效，请重新登录 / Invalid or expired token');
    }
    if (payload.kind === 'staff') return { kind: 'staff', userId: payload.sub, username: payload.username, role: payload.role };
    return { kind: 'contestant', role: 'contestant', contestantId: payload.sub, contestId: payload.contestId, teamId: payload.teamId, name: payload.name };
  }
}
