import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { AppealSettingsDto, DecideAppealDto, FileAppealDto } from './appeals.dto';
import { AppealsService } from './appeals.service';
import type { AppealQueueItem, AppealSettings, TeamAppeal } from '@jingsai/domain';

@ApiTags('appeals')
@ApiBearerAuth()
@Controller()
export class AppealsController {
  constructor(private readonly appeals: AppealsService) {}

  /** The answering team, once per answer, after the question ended and within the window. */
  @Roles('contestant')
  @Post('submissions/:id/appeals')
  file(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: FileAppealDto): Promise<TeamAppeal> {
    return this.appeals.file(p, id, dto.reason);
  }

  /** The chief judge's (and the organizer's) queue. */
  @Roles('organizer', 'judge')
  @Get('contests/:id/appeals')
  list(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<AppealQueueItem[]> {
    return this.appeals.list(p, id);
  }

  /** The caller's team's appeals and decisions. */
  @Roles('contestant')
  @Get('contests/:id/appeals/mine')
  mine(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<TeamAppeal[]> {
    return this.appeals.mine(p, id);
  }

  @Roles('organizer', 'judge')
  @Post('appeals/:id/decision')
  @HttpCode(200)
  decide(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DecideAppealDto): Promise<TeamAppeal> {
    return this.appeals.decide(p, id, dto);
  }

  @Roles('organizer')
  @Patch('contests/:id/appeal-settings')
  settings(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AppealSettingsDto): Promise<AppealSettings> {
    return this.appeals.updateSettings(p, id, dto);
  }
}
