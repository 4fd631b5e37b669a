import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A live event that could not be published (Redis down): kept here until a relay publishes it. */
@Entity('outbox_messages')
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('increment') seq!: number;
  @Column('text') message!: string;
  @CreateDateColumn() createdAt!: Date;
}
