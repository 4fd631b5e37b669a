import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A member asking to continue on a new phone without the PIN: the organizer approves or denies it. */
@Entity('join_requests')
export class JoinRequestEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36 }) contestId!: string;
  @Column('varchar', { length: 36 }) teamId!: string;
  @Column('varchar', { length: 36 }) contestantId!: string;
  /** Hash of the new phone's secret: only that phone can claim the approval. */
  @Column('varchar', { length: 128 }) secretHash!: string;
  @Column('varchar', { length: 16 }) status!: 'pending' | 'approved' | 'denied';
  @CreateDateColumn() createdAt!: Date;
  @Column({ type: Date, nullable: true }) decidedAt!: Date | null;
  @Column('varchar', { length: 36, nullable: true }) decidedBy!: string | null;
}
