import { Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { AppError } from '../common/app-error';
import type { Principal } from '../common/principal';

type TokenPayload =
  | { sub: string; kind: 'staff'; username: string; role: 'admin' | 'organizer' | 'judge'; sv?: number; pwc?: true }
  | { sub: string; kind: 'contestant'; contestId: string; teamId: string; name: string; sv?: number };

/** A short-lived token for one purpose (the queue board's cookie), never accepted as a sign-in. */
type PurposeToken = { sub: string; purpose: string };

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
        ? {
            sub: principal.userId,
            kind: 'staff',
            username: principal.username,
            role: principal.role,
            sv: principal.sessionVersion,
            ...(principal.mustChangePassword ? { pwc: true as const } : {}),
          }
        : { sub: principal.contestantId, kind: 'contestant', contestId: principal.contestId, teamId: principal.teamId, name: principal.name, sv: principal.sessionVersion };
    return jwt.sign(payload, this.key, { algorithm: 'HS256', expiresIn: principal.kind === 'staff' ? '12h' : '2d' });
  }

  verify(token: string): Principal {
    let payload: TokenPayload & Partial<PurposeToken>;
    try {
      payload = jwt.verify(token, this.key, { algorithms: ['HS256'] }) as TokenPayload & Partial<PurposeToken>;
    } catch {
      throw new AppError('TOKEN_INVALID');
    }
    if (payload.purpose) throw new AppError('TOKEN_INVALID');
    const sessionVersion = payload.sv ?? 0;
    if (payload.kind === 'staff') {
      return { kind: 'staff', userId: payload.sub, username: payload.username, role: payload.role, sessionVersion, ...(payload.pwc ? { mustChangePassword: true } : {}) };
    }
    return { kind: 'contestant', role: 'contestant', contestantId: payload.sub, contestId: payload.contestId, teamId: payload.teamId, name: payload.name, sessionVersion };
  }

  signPurpose(subject: string, purpose: string, seconds: number): string {
    return jwt.sign({ sub: subject, purpose } satisfies PurposeToken, this.key, { algorithm: 'HS256', expiresIn: seconds });
  }

  /** The subject of a purpose token, or null when it is invalid, expired or for another purpose. */
  verifyPurpose(token: string, purpose: string): string | null {
    try {
      const payload = jwt.verify(token, this.key, { algorithms: ['HS256'] }) as Partial<PurposeToken>;
      return payload.purpose === purpose && typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
  }
}
