import { Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { AppError, ErrorCode } from '../common/app-error';
import type { Principal } from '../common/principal';

type TokenPayload =
  | { sub: string; kind: 'staff'; username: string; role: 'admin' | 'organizer' | 'judge' }
  | { sub: string; kind: 'contestant'; contestId: string; teamId: string; name: string };

@Injectable()
export class TokenService {
  // A KeyObject, not the secret string: given a string, jsonwebtoken first tries (and fails) to parse it
  // as a public key on every call, which costs about a millisecond per request under load.
  private readonly key: KeyObject;

  constructor(config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  sign(principal: Principal): string {
    const payload: TokenPayload =
      principal.kind === 'staff'
        ? { sub: principal.userId, kind: 'staff', username: principal.username, role: principal.role }
        : { sub: principal.contestantId, kind: 'contestant', contestId: principal.contestId, teamId: principal.teamId, name: principal.name };
    return jwt.sign(payload, this.key, { algorithm: 'HS256', expiresIn: principal.kind === 'staff' ? '12h' : '2d' });
  }

  verify(token: string): Principal {
    let payload: TokenPayload;
    try {
      payload = jwt.verify(token, this.key, { algorithms: ['HS256'] }) as TokenPayload;
    } catch {
      throw new AppError(ErrorCode.Unauthenticated, '登录已失效，请重新登录 / Invalid or expired token');
    }
    if (payload.kind === 'staff') return { kind: 'staff', userId: payload.sub, username: payload.username, role: payload.role };
    return { kind: 'contestant', role: 'contestant', contestantId: payload.sub, contestId: payload.contestId, teamId: payload.teamId, name: payload.name };
  }
}
