import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { StaffRole } from '@jingsai/domain';

@Entity('users')
export class UserEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Column('varchar', { length: 64, unique: true }) username!: string;
  @Column('varchar', { length: 100 }) passwordHash!: string;
  @Column('varchar', { length: 16 }) role!: StaffRole;
  @CreateDateColumn() createdAt!: Date;
}
