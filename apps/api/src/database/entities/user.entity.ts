import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { StaffRole } from '@jingsai/domain';

@Entity('users')
export class UserEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Column('varchar', { length: 64, unique: true }) username!: string;
  @Column('varchar', { length: 200 }) passwordHash!: string;
  @Column('varchar', { length: 16 }) role!: StaffRole;
  /** Created with a well-known password (the default admin): nothing else until a new one is set. */
  @Column('boolean', { default: false }) mustChangePassword!: boolean;
  /** Bumped when the password changes or the account is disabled: older tokens stop working. */
  @Column('integer', { default: 0 }) sessionVersion!: number;
  @Column({ type: Date, nullable: true }) disabledAt!: Date | null;
  @CreateDateColumn() createdAt!: Date;
}
