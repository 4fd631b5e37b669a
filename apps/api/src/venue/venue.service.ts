import { Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error';
import type { Principal } from '../common/principal';
import { AppConfig } from '../config/app-config';
import { ContestRepository } from '../contests/contest.repository';
import type { ContestEntity } from '../database/entities';
import { HostNetwork } from './host-network';
import { joinBaseOf, lanUrls } from './venue-urls';
import { VenueRepository } from './venue.repository';
import type { VenueInfo, LobbyTeam } from '@jingsai/domain';

export type { VenueInfo };

export type { LobbyTeam };

/** The venue: the addresses phones can reach, and the big screen's lobby before the first question. */
@Injectable()
export class VenueService {
  constructor(
    private readonly config: AppConfig,
    private readonly network: HostNetwork,
    private readonly contests: ContestRepository,
    private readonly venue: VenueRepository,
  ) {}

  /** Organizers (and admins): where phones can reach this server. */
  info(principal: Principal): VenueInfo {
    if (principal.kind !== 'staff' || principal.role === 'judge') throw new AppError('FORBIDDEN');
    return this.current();
  }

  /** Public (the big screen): title, stage, the join link, each team's members as they join; codes only if shown. */
  async lobby(contestId: string) {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    const showJoinCodes = contest.settings.venue?.showJoinCodes === true;
    const rows = await this.venue.lobbyTeams(contestId);
    const teams: LobbyTeam[] = rows.map(({ team, joined, rosterSize }) => ({
      id: team.id,
      name: team.name,
      group: team.groupName,
      members: joined,
      memberCount: joined.length,
      capacity: team.memberCap ?? rosterSize,
      ...(showJoinCodes ? { joinCode: team.joinCode } : {}),
    }));
    const joinBase = this.joinBase(contest);
    return {
      contestId: contest.id,
      title: contest.title,
      status: contest.status,
      showJoinCodes,
      joinBase,
      joinUrl: joinBase ? `${joinBase}/join?contest=${contest.id}` : null,
      teams,
      memberCount: teams.reduce((sum, t) => sum + t.memberCount, 0),
    };
  }

  private current(): VenueInfo {
    const port = this.network.listeningPort();
    return { publicUrl: this.config.publicUrl, addresses: lanUrls(this.network.lanAddresses(), port), port };
  }

  private joinBase(contest: ContestEntity): string | null {
    const { publicUrl, addresses } = this.current();
    return joinBaseOf(publicUrl, addresses, contest.settings.venue?.joinUrl);
  }
}
