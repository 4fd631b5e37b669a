import bcrypt from 'bcryptjs';
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are hashed with scrypt, which Node runs on its thread pool: a burst of sign-ins never
 * blocks the event loop that serves a live contest. Hashes from earlier versions (bcrypt) still verify
 * and are replaced on the next successful sign-in.
 */
const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;

function derive(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, KEY_LENGTH, { ...params, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))));
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export interface PasswordCheck {
  ok: boolean;
  /** Verified against an older kind of hash: store a fresh one. */
  needsRehash: boolean;
}

export async function verifyPassword(password: string, stored: string): Promise<PasswordCheck> {
  const parts = stored.split('$');
  if (parts[0] === 'scrypt' && parts.length === 6) {
    const [, N, r, p, salt, key] = parts;
    const expected = Buffer.from(key, 'base64');
    const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(N), r: Number(r), p: Number(p) });
    return { ok: actual.length === expected.length && timingSafeEqual(actual, expected), needsRehash: Number(N) !== PARAMS.N };
  }
  if (/^\$2[aby]\$/.test(stored)) return { ok: await bcrypt.compare(password, stored), needsRehash: true };
  return { ok: false, needsRehash: false };
}

let dummy: Promise<string> | null = null;

/** A hash to check unknown usernames against, so they take as long as known ones. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}
