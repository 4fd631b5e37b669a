import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { ContestantEntity, TeamEntity } from '../database/entities';

export interface LobbyTeamRow {
  team: TeamEntity;
  /** Members who joined (and were not removed), in the order they joined. */
  joined: string[];
  /** Roster teams: the names on the roster; cap teams: null. */
  rosterSize: number | null;
}

/** What the lobby reads: a contest's teams and who has joined them. */
@Injectable()
export class VenueRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async lobbyTeams(contestId: string): Promise<LobbyTeamRow[]> {
    const [teams, members] = await Promise.all([
      this.db.getRepository(TeamEntity).find({ where: { contestId }, order: { createdAt: 'ASC', name: 'ASC' } }),
      this.db.getRepository(ContestantEntity).find({
        select: { teamId: true, name: true, joinedAt: true, createdAt: true },
        where: { contestId, removedAt: IsNull() },
        order: { createdAt: 'ASC', name: 'ASC' },
      }),
    ]);
    return teams.map((team) => {
      const own = members.filter((m) => m.teamId === team.id);
      const joined = own
        .filter((m) => m.joinedAt !== null)
        .sort((a, b) => (a.joinedAt as Date).getTime() - (b.joinedAt as Date).getTime())
        .map((m) => m.name);
      return { team, joined, rosterSize: team.memberCap === null ? own.length : null };
    });
  }
}
