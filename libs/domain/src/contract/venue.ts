/** The venue: where phones reach the server (GET /venue), and the big screen's lobby (GET /contests/:id/lobby). */
import type { ContestStatus } from '../contest';

export interface VenueInfo {
  /** PUBLIC_URL, when the server runs behind a proxy or a domain. */
  publicUrl: string | null;
  /** `http://LAN-address:port` of this machine, most likely reachable first (behind nginx use PUBLIC_URL). */
  addresses: string[];
  port: number | null;
}

export interface LobbyTeam {
  id: string;
  name: string;
  group: string | null;
  members: string[];
  memberCount: number;
  /** Seats (cap) or roster places; null when unknown. */
  capacity: number | null;
  /** Only when the organizer chose to show the join codes on the big screen. */
  joinCode?: string;
}

export interface Lobby {
  contestId: string;
  title: string;
  status: ContestStatus;
  showJoinCodes: boolean;
  /** Where phones reach the server (null: no address phones can use). */
  joinBase: string | null;
  /** The contest's join link (`/join?contest=…`), for the lobby's QR code. */
  joinUrl: string | null;
  teams: LobbyTeam[];
  memberCount: number;
}
