import { Injectable, Logger } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { AppConfig } from '../config/app-config';
import { AppError, ErrorCode } from '../common/app-error';
import { newId } from '../common/ids';
import type { Principal, StaffPrincipal } from '../common/principal';
import type { CreateUserDto, LoginDto } from './auth.dto';
import { TokenService } from './token.service';
import { UserRepository } from './user.repository';

export interface PublicUser {
  id: string;
  username: string;
  role: string;
}

const BCRYPT_ROUNDS = 10;

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly users: UserRepository,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  /** The first admin comes from ADMIN_USERNAME/ADMIN_PASSWORD; an existing account is never overwritten. */
  async ensureAdmin(): Promise<void> {
    if (await this.users.findByUsername(this.config.adminUsername)) return;
    const passwordHash = await bcrypt.hash(this.config.adminPassword, BCRYPT_ROUNDS);
    await this.users.insert({ id: newId(), username: this.config.adminUsername, passwordHash, role: 'admin' });
    this.logger.log(`Created admin user "${this.config.adminUsername}"`);
  }

  async login(dto: LoginDto): Promise<{ accessToken: string; user: PublicUser }> {
    const user = await this.users.findByUsername(dto.username);
    // Same message whether the user exists or not: don't help guessing usernames.
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) {
      throw new AppError(ErrorCode.Unauthenticated, '用户名或密码错误 / Wrong username or password');
    }
    const principal: StaffPrincipal = { kind: 'staff', userId: user.id, username: user.username, role: user.role };
    return { accessToken: this.tokens.sign(principal), user: { id: user.id, username: user.username, role: user.role } };
  }

  async create(actor: Principal, dto: CreateUserDto): Promise<PublicUser> {
    if (actor.role !== 'admin') throw AppError.forbidden();
    if (await this.users.findByUsername(dto.username)) {
      throw new AppError(ErrorCode.Conflict, `用户名“${dto.username}”已存在 / Username "${dto.username}" is taken`);
    }
    const passwordHash = await bcrypt.hash(dto.password, BCRYPT_ROUNDS);
    const user = await this.users.insert({ id: newId(), username: dto.username, passwordHash, role: dto.role });
    return { id: user.id, username: user.username, role: user.role };
  }

  async list(actor: Principal): Promise<PublicUser[]> {
    if (actor.kind !== 'staff' || actor.role === 'judge') throw AppError.forbidden();
    return (await this.users.list()).map((u) => ({ id: u.id, username: u.username, role: u.role }));
  }
}
