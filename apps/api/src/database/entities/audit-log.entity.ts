import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

type JsonPrimitive = string | number | boolean | null;
/** A JSON snapshot of what changed (concrete JSON types keep TypeORM's insert typing happy). */
export interface AuditValue {
  [key: string]: JsonPrimitive | JsonPrimitive[] | AuditValue | AuditValue[] | undefined;
}

/** Who changed what, when, from what to what, and why (manual scores, adjustments, key fixes). */
@Entity('audit_logs')
export class AuditLogEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36, nullable: true }) contestId!: string | null;
  @Column('varchar', { length: 36 }) actorId!: string;
  @Column('varchar', { length: 64 }) action!: string;
  @Column('varchar', { length: 36, nullable: true }) entityId!: string | null;
  @Column('simple-json', { nullable: true }) before!: AuditValue | null;
  @Column('simple-json', { nullable: true }) after!: AuditValue | null;
  @Column('text', { nullable: true }) reason!: string | null;
  @CreateDateColumn() createdAt!: Date;
}
