import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../auth/auth.decorators';
import type { Principal } from '../../common/principal';
import { UseLifelineDto } from './lifelines.dto';
import { LifelinesService } from './lifelines.service';
import type { LifelineCounts, LifelineUseResult } from '@jingsai/domain';

/** Lifelines (智囊团 think-tank): a contestant's team uses one on the open question, or reads what is left. */
@ApiTags('live')
@ApiBearerAuth()
@Controller('contests/:id/lifelines')
export class LifelinesController {
  constructor(private readonly lifelines: LifelinesService) {}

  @Roles('contestant')
  @Post()
  @HttpCode(200)
  use(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UseLifelineDto): Promise<LifelineUseResult> {
    return this.lifelines.use(p, id, dto.kind, dto.questionId);
  }

  @Roles('contestant')
  @Get()
  remaining(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<LifelineCounts> {
    return this.lifelines.remaining(p, id);
  }
}
