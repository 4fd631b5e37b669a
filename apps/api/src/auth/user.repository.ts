import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserEntity } from '../database/entities';
import { Transactions } from '../database/transactions';
import { AuditRepository, type AuditEntry } from '../audit/audit.repository';

@Injectable()
export class UserRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly tx: Transactions,
  ) {}

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ username });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Inserts an account; with `audit`, the entry commits with it (an admin's change). */
  async insert(user: Omit<UserEntity, 'createdAt'>, audit?: AuditEntry): Promise<UserEntity> {
    const row = this.users.create(user);
    await this.tx.run(async (tx) => {
      await tx.getRepository(UserEntity).insert(row);
      if (audit) await AuditRepository.insertIn(tx, audit);
    });
    return this.users.findOneByOrFail({ id: row.id });
  }

  /** Changes an account; with `audit`, the entry commits with the change (an admin's change). */
  async update(id: string, patch: Partial<Pick<UserEntity, 'passwordHash' | 'mustChangePassword' | 'sessionVersion' | 'disabledAt'>>, audit?: AuditEntry): Promise<void> {
    await this.tx.run(async (tx) => {
      await tx.getRepository(UserEntity).update({ id }, patch);
      if (audit) await AuditRepository.insertIn(tx, audit);
    });
  }

  list(): Promise<UserEntity[]> {
    return this.users.find({ order: { createdAt: 'ASC' } });
  }
}
