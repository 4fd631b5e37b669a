import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import { newId } from '../common/ids';
import { isUniqueViolation } from '../database/unique-violation';
import { ContestantEntity, JoinRequestEntity, SubmissionEntity, TeamEntity } from '../database/entities';
import { Transactions } from '../database/transactions';

/** Six digits, read out or printed on the entry sheet. */
export function newPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export type SeatOutcome = { outcome: 'joined'; member: ContestantEntity } | { outcome: 'full' } | { outcome: 'name-taken' };

/** Team members and requests to continue on a new phone. */
@Injectable()
export class MembersRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  findMember(teamId: string, name: string): Promise<ContestantEntity | null> {
    return this.db.getRepository(ContestantEntity).findOneBy({ teamId, name });
  }

  findMemberById(id: string): Promise<ContestantEntity | null> {
    return this.db.getRepository(ContestantEntity).findOneBy({ id });
  }

  listMembers(contestId: string): Promise<ContestantEntity[]> {
    return this.db.getRepository(ContestantEntity).find({ where: { contestId }, order: { createdAt: 'ASC', name: 'ASC' } });
  }

  /**
   * A new member of a team limited by a cap takes the first free seat (1..cap). The unique indexes
   * (team, seat) and (team, name) settle concurrent joins on any number of api nodes: the team never
   * goes over its cap, and one name never makes two members.
   */
  async takeSeat(team: TeamEntity, member: Pick<ContestantEntity, 'name' | 'secretHash'>, at: Date): Promise<SeatOutcome> {
    const cap = team.memberCap ?? 0;
    for (let attempt = 0; attempt < cap + 20; attempt++) {
      try {
        return await this.tx.run(async (tx) => {
          // On PostgreSQL joins to one team queue on its row (SQLite writes one at a time anyway).
          if (tx.connection.options.type === 'postgres') {
            await tx.getRepository(TeamEntity).createQueryBuilder('t').setLock('pessimistic_write').where('t.id = :id', { id: team.id }).getOne();
          }
          const repo = tx.getRepository(ContestantEntity);
          if (await repo.countBy({ teamId: team.id, name: member.name })) return { outcome: 'name-taken' } as const;
          const taken = new Set((await repo.find({ select: { seat: true }, where: { teamId: team.id, seat: Not(IsNull()) } })).map((c) => c.seat));
          const seat = Array.from({ length: cap }, (_, i) => i + 1).find((s) => !taken.has(s));
          if (seat === undefined) return { outcome: 'full' } as const;
          const row = repo.create({
            id: newId(),
            contestId: team.contestId,
            teamId: team.id,
            name: member.name,
            seat,
            pin: newPin(),
            secretHash: member.secretHash,
            sessionVersion: 0,
            joinedAt: at,
            removedAt: null,
          });
          await repo.insert(row);
          return { outcome: 'joined', member: row } as const;
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return { outcome: 'full' };
  }

  /** A roster member's first join: binds the phone, if nobody joined as them meanwhile. */
  async claimRosterPlace(memberId: string, secretHash: string | null, at: Date): Promise<boolean> {
    const result = await this.tx.run((tx) => tx.getRepository(ContestantEntity).update({ id: memberId, joinedAt: IsNull() }, { joinedAt: at, secretHash }));
    return Boolean(result.affected);
  }

  /** Moves a member to a new phone: older tokens of the member stop working. Returns the new session version. */
  async bindPhone(memberId: string, secretHash: string | null): Promise<number> {
    return this.tx.run(async (tx) => {
      const repo = tx.getRepository(ContestantEntity);
      await repo.increment({ id: memberId }, 'sessionVersion', 1);
      await repo.update({ id: memberId }, { secretHash });
      return (await repo.findOneByOrFail({ id: memberId })).sessionVersion;
    });
  }

  async setPin(memberId: string, pin: string): Promise<void> {
    await this.tx.run((tx) => tx.getRepository(ContestantEntity).update({ id: memberId }, { pin }));
  }

  /** Replaces a roster team's list: new names get a place and a PIN; names dropped go unless they already joined. */
  async replaceRoster(team: TeamEntity, names: string[]): Promise<void> {
    await this.tx.run(async (tx) => {
      const repo = tx.getRepository(ContestantEntity);
      const current = await repo.findBy({ teamId: team.id });
      const keep = new Set(names);
      const dropped = current.filter((m) => !keep.has(m.name) && !m.joinedAt).map((m) => m.id);
      if (dropped.length) await repo.delete({ id: In(dropped) });
      await MembersRepository.addRoster(tx, team, names.filter((n) => !current.some((m) => m.name === n)));
    });
  }

  /** Roster places (not joined yet, each with its PIN), inside the caller's transaction. */
  static async addRoster(tx: EntityManager, team: Pick<TeamEntity, 'id' | 'contestId'>, names: string[]): Promise<void> {
    const repo = tx.getRepository(ContestantEntity);
    const rows = names.map((name) =>
      repo.create({ id: newId(), contestId: team.contestId, teamId: team.id, name, seat: null, pin: newPin(), secretHash: null, sessionVersion: 0, joinedAt: null, removedAt: null }),
    );
    for (let i = 0; i < rows.length; i += 100) await repo.insert(rows.slice(i, i + 100));
  }

  /**
   * Removes a member: one who never answered is deleted (their seat or roster place frees up); one who did
   * keeps their answers on record but can no longer take part. Returns whether the row was kept.
   */
  async removeMember(member: ContestantEntity, at: Date): Promise<'deleted' | 'removed'> {
    return this.tx.run(async (tx) => {
      const answered = await tx.getRepository(SubmissionEntity).countBy({ contestantId: member.id });
      if (answered === 0) {
        await tx.getRepository(JoinRequestEntity).delete({ contestantId: member.id });
        await tx.getRepository(ContestantEntity).delete({ id: member.id });
        return 'deleted' as const;
      }
      await tx.getRepository(ContestantEntity).update({ id: member.id }, { removedAt: at, seat: null });
      await tx.getRepository(ContestantEntity).increment({ id: member.id }, 'sessionVersion', 1);
      return 'removed' as const;
    });
  }

  /** One pending request per member and phone: asking twice from the same phone returns the same request. */
  async requestRejoin(member: ContestantEntity, secretHash: string): Promise<JoinRequestEntity> {
    return this.tx.run(async (tx) => {
      const repo = tx.getRepository(JoinRequestEntity);
      const existing = await repo.findOneBy({ contestantId: member.id, secretHash, status: 'pending' });
      if (existing) return existing;
      const row = repo.create({ id: newId(), contestId: member.contestId, teamId: member.teamId, contestantId: member.id, secretHash, status: 'pending', decidedAt: null, decidedBy: null });
      await repo.insert(row);
      return row;
    });
  }

  findRequest(id: string): Promise<JoinRequestEntity | null> {
    return this.db.getRepository(JoinRequestEntity).findOneBy({ id });
  }

  listPendingRequests(contestId: string): Promise<JoinRequestEntity[]> {
    return this.db.getRepository(JoinRequestEntity).find({ where: { contestId, status: 'pending' }, order: { createdAt: 'ASC' } });
  }

  /**
   * Decides a pending request once. Approved: the member moves to the requesting phone (older tokens end)
   * and the member's other pending requests are denied. Returns null when it was no longer pending.
   */
  async decide(request: JoinRequestEntity, approve: boolean, by: string, at: Date): Promise<JoinRequestEntity | null> {
    return this.tx.run(async (tx) => {
      const repo = tx.getRepository(JoinRequestEntity);
      const status = approve ? 'approved' : 'denied';
      const result = await repo.update({ id: request.id, status: 'pending' }, { status, decidedAt: at, decidedBy: by });
      if (!result.affected) return null;
      if (approve) {
        await repo.update({ contestantId: request.contestantId, status: 'pending' }, { status: 'denied', decidedAt: at, decidedBy: by });
        const members = tx.getRepository(ContestantEntity);
        await members.increment({ id: request.contestantId }, 'sessionVersion', 1);
        await members.update({ id: request.contestantId }, { secretHash: request.secretHash });
      }
      return { ...request, status, decidedAt: at, decidedBy: by };
    });
  }
}
