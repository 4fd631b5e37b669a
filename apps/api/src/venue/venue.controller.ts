import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { VenueService } from './venue.service';
import type { Lobby, VenueInfo } from '@jingsai/domain';

@ApiTags('venue')
@Controller()
export class VenueController {
  constructor(private readonly venue: VenueService) {}

  /** Where phones reach this server: PUBLIC_URL, or this machine's LAN addresses on the listening port. */
  @ApiBearerAuth()
  @Roles('organizer')
  @Get('venue')
  info(@CurrentPrincipal() p: Principal): VenueInfo {
    return this.venue.info(p);
  }

  /** The big screen's lobby: title, join link, teams with the members who joined (join codes only when shown). */
  @Public()
  @Get('contests/:id/lobby')
  lobby(@Param('id', ParseUUIDPipe) id: string): Promise<Lobby> {
    return this.venue.lobby(id);
  }
}
