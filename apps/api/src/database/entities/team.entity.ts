import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('teams')
export class TeamEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index() @Column('varchar', { length: 36 }) contestId!: string;
  @Column('varchar', { length: 100 }) name!: string;
  @Column('varchar', { length: 16, unique: true }) joinCode!: string;
  @Column('varchar', { length: 100, nullable: true }) groupName!: string | null;
  @CreateDateColumn() createdAt!: Date;
}
