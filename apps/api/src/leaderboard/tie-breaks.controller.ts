import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { TieBreaksService } from './tie-breaks.service';
import type { TieBreaks } from '@jingsai/domain';

@ApiTags('leaderboard')
@ApiBearerAuth()
@Controller('contests/:id/tie-breaks')
export class TieBreaksController {
  constructor(private readonly tieBreaks: TieBreaksService) {}

  /** Groups of teams tied at ranks 1..3 on the live board: who needs a tie-break question. */
  @Roles('organizer')
  @Get()
  groups(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<TieBreaks> {
    return this.tieBreaks.groups(p, id);
  }
}
