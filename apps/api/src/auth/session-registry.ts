import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AppError } from '../common/app-error';
import { MicroBatch } from '../common/micro-batch';
import type { Principal } from '../common/principal';
import { ContestantEntity, UserEntity } from '../database/entities';
import { LiveEventBus } from '../queue/live-event-bus';

/** How long a node trusts what it read about a session; every change is also announced to all nodes at once. */
const TRUST_MS = 10_000;

type SessionKey = `user:${string}` | `contestant:${string}`;

export function sessionKey(principal: Principal): SessionKey {
  return principal.kind === 'staff' ? `user:${principal.userId}` : `contestant:${principal.contestantId}`;
}

/**
 * Whether a token's session is still current: the account exists and is enabled (the member exists and
 * was not removed), and its session version is the token's. Lookups that arrive together are one query;
 * results are kept briefly per node and dropped on every node when a session changes.
 */
@Injectable()
export class SessionRegistry implements OnApplicationBootstrap {
  /** The current session version, or null when no session of this key may continue. */
  private readonly known = new Map<SessionKey, { version: number | null; at: number }>();
  private readonly lookups = new MicroBatch<SessionKey, number | null>((keys) => this.load(keys), 500);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bus: LiveEventBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bus.subscribe((message) => {
      if (message.type === 'session-changed') this.known.delete(message.key as SessionKey);
    });
    this.bus.onReconnect(() => this.known.clear());
  }

  /** Throws 401 when the token's session has ended. */
  async assertCurrent(principal: Principal): Promise<void> {
    const key = sessionKey(principal);
    const now = Date.now();
    let entry = this.known.get(key);
    if (!entry || now - entry.at > TRUST_MS) {
      entry = { version: await this.lookups.add(key), at: now };
      this.known.set(key, entry);
      if (this.known.size > 50_000) this.known.clear();
    }
    if (entry.version !== principal.sessionVersion) {
      throw new AppError('SESSION_ENDED');
    }
  }

  /** After a session change: every node forgets what it knew, and the sockets of that session end. */
  async changed(key: SessionKey): Promise<void> {
    this.known.delete(key);
    await this.bus.publish({ type: 'session-changed', key });
  }

  private async load(keys: SessionKey[]): Promise<(number | null)[]> {
    const ids = (prefix: string) => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    const [users, contestants] = await Promise.all([
      ids('user:').length ? this.db.getRepository(UserEntity).find({ select: { id: true, sessionVersion: true, disabledAt: true }, where: { id: In(ids('user:')) } }) : [],
      ids('contestant:').length
        ? this.db.getRepository(ContestantEntity).find({ select: { id: true, sessionVersion: true, removedAt: true }, where: { id: In(ids('contestant:')) } })
        : [],
    ]);
    const versions = new Map<string, number | null>([
      ...users.map((u) => [`user:${u.id}`, u.disabledAt ? null : u.sessionVersion] as const),
      ...contestants.map((c) => [`contestant:${c.id}`, c.removedAt ? null : c.sessionVersion] as const),
    ]);
    return keys.map((k) => versions.get(k) ?? null);
  }
}
