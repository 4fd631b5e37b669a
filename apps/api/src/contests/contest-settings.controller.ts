import { Body, Controller, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { UpdateContestSettingsDto } from './contest-settings.dto';
import { ContestSettingsService } from './contest-settings.service';
import type { ContestSettingsSaved } from '@jingsai/domain';

@ApiTags('contests')
@ApiBearerAuth()
@Controller('contests/:id/settings')
export class ContestSettingsController {
  constructor(private readonly settings: ContestSettingsService) {}

  @Roles('organizer')
  @Patch()
  update(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateContestSettingsDto): Promise<ContestSettingsSaved> {
    return this.settings.update(p, id, dto);
  }
}
