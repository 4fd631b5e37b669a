import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserEntity } from '../database/entities';
import { Transactions } from '../database/transactions';

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

  async insert(user: Omit<UserEntity, 'createdAt'>): Promise<UserEntity> {
    const row = this.users.create(user);
    await this.tx.run((tx) => tx.getRepository(UserEntity).insert(row));
    return this.users.findOneByOrFail({ id: row.id });
  }

  async update(id: string, patch: Partial<Pick<UserEntity, 'passwordHash' | 'mustChangePassword' | 'sessionVersion' | 'disabledAt'>>): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(UserEntity).update({ id }, patch));
  }

  list(): Promise<UserEntity[]> {
    return this.users.find({ order: { createdAt: 'ASC' } });
  }
}
