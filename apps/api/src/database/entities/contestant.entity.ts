import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A team member. Joining binds the member to the phone's own secret (only its hash is kept); a new
 * phone needs the member's PIN (printed on the entry sheet) or the organizer's approval. A roster
 * member exists (with a PIN) before joining; `joinedAt` says whether they have.
 */
@Entity('contestants')
@Index(['teamId', 'name'], { unique: true })
@Index(['teamId', 'seat'], { unique: true })
export class ContestantEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36 }) contestId!: string;
  @Column('varchar', { length: 36 }) teamId!: string;
  @Column('varchar', { length: 50 }) name!: string;
  /** Teams limited by a cap: seats 1..cap, unique, so concurrent joins on several nodes never exceed it. Null on roster teams. */
  @Column('integer', { nullable: true }) seat!: number | null;
  /** Six digits, for a re-join from a new phone. */
  @Column('varchar', { length: 8, nullable: true }) pin!: string | null;
  /** Hash of the secret kept on the member's phone. */
  @Column('varchar', { length: 128, nullable: true }) secretHash!: string | null;
  /** Bumped when the member moves to a new phone or is removed: older tokens stop working. */
  @Column('integer', { default: 0 }) sessionVersion!: number;
  @Column({ type: Date, nullable: true }) joinedAt!: Date | null;
  /** Removed by the organizer: the member's token no longer works (their past answers stay on record). */
  @Column({ type: Date, nullable: true }) removedAt!: Date | null;
  @CreateDateColumn() createdAt!: Date;
}
