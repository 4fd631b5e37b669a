import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('teams')
export class TeamEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36 }) contestId!: string;
  @Column('varchar', { length: 100 }) name!: string;
  @Column('varchar', { length: 16, unique: true }) joinCode!: string;
  @Column('varchar', { length: 100, nullable: true }) groupName!: string | null;
  /** How many members may join when the team has no roster. */
  @Column('integer', { nullable: true }) memberCap!: number | null;
  @CreateDateColumn() createdAt!: Date;
}
