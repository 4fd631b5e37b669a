import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** When the organizer opened and closed a written round's paper: contestants start papers in between. */
@Entity('paper_windows')
export class PaperWindowEntity {
  @PrimaryColumn('varchar', { length: 36 }) roundId!: string;
  @Index() @Column('varchar', { length: 36 }) contestId!: string;
  @Column({ type: Date }) openedAt!: Date;
  /** After close nobody can start, and running papers end. */
  @Column({ type: Date, nullable: true }) closedAt!: Date | null;
}
