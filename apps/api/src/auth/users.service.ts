import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { AppError } from '../common/app-error';
import { newId } from '../common/ids';
import type { Principal, StaffPrincipal } from '../common/principal';
import type { AuditEntry } from '../audit/audit.repository';
import type { UserEntity } from '../database/entities';
import type { AuditValue } from '../database/entities/audit-log.entity';
import type { ChangePasswordDto, CreateUserDto, LoginDto, ResetPasswordDto } from './auth.dto';
import { ATTEMPT_LIMITS, FailedAttempts } from './failed-attempts';
import { dummyHash, hashPassword, verifyPassword } from './password-hasher';
import { SessionRegistry } from './session-registry';
import { TokenService } from './token.service';
import { UserRepository } from './user.repository';
import type { PublicUser } from '@jingsai/domain';

export type { PublicUser };


@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly users: UserRepository,
    private readonly tokens: TokenService,
    private readonly attempts: FailedAttempts,
    private readonly sessions: SessionRegistry,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * The first admin comes from ADMIN_USERNAME/ADMIN_PASSWORD; an existing account is never overwritten.
   * With the development default password, the first sign-in must set a new one (as Grafana does).
   */
  async ensureAdmin(): Promise<void> {
    const existing = await this.users.findByUsername(this.config.adminUsername);
    if (!existing) {
      const passwordHash = await hashPassword(this.config.adminPassword);
      await this.users.insert({
        id: newId(),
        username: this.config.adminUsername,
        passwordHash,
        role: 'admin',
        mustChangePassword: this.config.adminPasswordIsDefault,
        sessionVersion: 0,
        disabledAt: null,
      });
      this.logger.log(`Created admin user "${this.config.adminUsername}"${this.config.adminPasswordIsDefault ? ' with the default password: the first sign-in sets a new one' : ''}`);
      return;
    }
    // An older install still on the default password: ask for a new one too.
    if (this.config.adminPasswordIsDefault && !existing.mustChangePassword && (await verifyPassword(this.config.adminPassword, existing.passwordHash)).ok) {
      await this.users.update(existing.id, { mustChangePassword: true });
    }
  }

  async login(dto: LoginDto, address: string): Promise<{ accessToken: string; user: PublicUser }> {
    const keys = { user: signInKey(dto.username), address: `login-address:${address}` };
    await this.attempts.assertBelow(
      [
        { key: keys.user, limit: ATTEMPT_LIMITS.perUsername },
        { key: keys.address, limit: ATTEMPT_LIMITS.perAddress },
      ],
      'SIGN_IN_RATE_LIMITED',
    );
    const user = await this.users.findByUsername(dto.username);
    const usable = user && !user.disabledAt ? user : null;
    // Unknown and disabled users cost the same as known ones: timing tells nothing.
    const check = await verifyPassword(dto.password, usable?.passwordHash ?? (await dummyHash()));
    if (!usable || !check.ok) {
      await this.attempts.record([keys.user, keys.address]);
      throw new AppError('WRONG_CREDENTIALS');
    }
    // A right password clears the username's count (not the address's: one account does not unlock guessing others).
    await this.attempts.clear(keys.user);
    if (check.needsRehash) await this.users.update(usable.id, { passwordHash: await hashPassword(dto.password) });
    return this.session(usable);
  }

  /** Sets a new password; every other session of the account ends. Allowed while a change is required. */
  async changePassword(principal: Principal, dto: ChangePasswordDto): Promise<{ accessToken: string; user: PublicUser }> {
    if (principal.kind !== 'staff') throw new AppError('FORBIDDEN');
    const user = await this.users.findById(principal.userId);
    if (!user || user.disabledAt) throw new AppError('WRONG_CREDENTIALS');
    if (!(await verifyPassword(dto.currentPassword, user.passwordHash)).ok) {
      throw new AppError('CURRENT_PASSWORD_WRONG');
    }
    if (dto.newPassword === dto.currentPassword || (this.config.adminPasswordIsDefault && dto.newPassword === this.config.adminPassword)) {
      throw new AppError('NEW_PASSWORD_NOT_NEW');
    }
    const sessionVersion = user.sessionVersion + 1;
    await this.users.update(user.id, { passwordHash: await hashPassword(dto.newPassword), mustChangePassword: false, sessionVersion });
    await this.sessions.changed(`user:${user.id}`);
    return this.session({ ...user, mustChangePassword: false, sessionVersion });
  }

  async create(actor: Principal, dto: CreateUserDto): Promise<PublicUser> {
    assertAdmin(actor);
    if (await this.users.findByUsername(dto.username)) {
      throw new AppError('USERNAME_TAKEN', { username: dto.username });
    }
    const passwordHash = await hashPassword(dto.password);
    const id = newId();
    const account = { username: dto.username, role: dto.role };
    const user = await this.users.insert({ id, ...account, passwordHash, mustChangePassword: false, sessionVersion: 0, disabledAt: null }, this.audit(actor, 'user.create', id, null, account));
    return accountOf(user);
  }

  /** Disables an account (admin): it can no longer sign in, and its tokens stop working on every node. */
  async disable(actor: Principal, userId: string): Promise<PublicUser & { disabled: true }> {
    assertAdmin(actor);
    if (actor.userId === userId) throw new AppError('CANNOT_DISABLE_SELF');
    const user = await this.users.findById(userId);
    if (!user) throw new AppError('USER_NOT_FOUND');
    const audit = this.audit(actor, 'user.disable', user.id, { username: user.username, disabled: false }, { username: user.username, disabled: true });
    await this.users.update(user.id, { disabledAt: this.clock.now(), sessionVersion: user.sessionVersion + 1 }, audit);
    await this.sessions.changed(`user:${user.id}`);
    return { ...accountOf(user), disabled: true };
  }

  /** Enables a disabled account again (admin); it signs in with the password it had. */
  async enable(actor: Principal, userId: string): Promise<PublicUser> {
    assertAdmin(actor);
    const user = await this.users.findById(userId);
    if (!user) throw new AppError('USER_NOT_FOUND');
    if (user.disabledAt) await this.users.update(user.id, { disabledAt: null }, this.audit(actor, 'user.enable', user.id, { username: user.username, disabled: true }, { username: user.username, disabled: false }));
    return accountOf(user);
  }

  /**
   * Gives an account a temporary password (admin), for a judge who forgot theirs on the day: its sessions end
   * on every node and its next sign-in must set a password of its own.
   */
  async resetPassword(actor: Principal, userId: string, dto: ResetPasswordDto): Promise<PublicUser> {
    assertAdmin(actor);
    if (actor.userId === userId) throw new AppError('CANNOT_RESET_OWN_PASSWORD');
    const user = await this.users.findById(userId);
    if (!user) throw new AppError('USER_NOT_FOUND');
    // The audit says that it happened and to whom, never the password.
    const audit = this.audit(actor, 'user.password-reset', user.id, null, { username: user.username, mustChangePassword: true });
    await this.users.update(user.id, { passwordHash: await hashPassword(dto.password), mustChangePassword: true, sessionVersion: user.sessionVersion + 1 }, audit);
    await this.sessions.changed(`user:${user.id}`);
    // A reset also lifts a lock-out from wrong guesses: the admin has just vouched for the person.
    await this.attempts.clear(signInKey(user.username));
    return { ...accountOf(user), mustChangePassword: true };
  }

  /** Active accounts (organizers choose judges from them); the admin also sees disabled ones, marked. */
  async list(actor: Principal): Promise<PublicUser[]> {
    if (actor.kind !== 'staff' || actor.role === 'judge') throw new AppError('FORBIDDEN');
    const all = actor.role === 'admin';
    return (await this.users.list())
      .filter((u) => all || !u.disabledAt)
      .map((u) => ({ ...accountOf(u), ...(u.mustChangePassword ? { mustChangePassword: true } : {}), ...(u.disabledAt ? { disabled: true } : {}) }));
  }

  /** An admin's change to an account, for the audit log (entries of no contest). */
  private audit(actor: StaffPrincipal, action: string, userId: string, before: AuditValue | null, after: AuditValue | null): AuditEntry {
    return { contestId: null, actorId: actor.userId, action, entityId: userId, before, after, reason: null, createdAt: this.clock.now() };
  }

  private session(user: UserEntity): { accessToken: string; user: PublicUser } {
    const principal: StaffPrincipal = {
      kind: 'staff',
      userId: user.id,
      username: user.username,
      role: user.role,
      sessionVersion: user.sessionVersion,
      ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
    };
    return {
      accessToken: this.tokens.sign(principal),
      user: { ...accountOf(user), ...(user.mustChangePassword ? { mustChangePassword: true } : {}) },
    };
  }
}

function assertAdmin(actor: Principal): asserts actor is StaffPrincipal {
  if (actor.kind !== 'staff' || actor.role !== 'admin') throw new AppError('FORBIDDEN');
}

/** Failed sign-ins are counted per username as typed, whatever its case or spaces. */
function signInKey(username: string): string {
  return `login-user:${username.trim().toLowerCase()}`;
}

function accountOf(user: Pick<UserEntity, 'id' | 'username' | 'role'>): PublicUser {
  return { id: user.id, username: user.username, role: user.role };
}
