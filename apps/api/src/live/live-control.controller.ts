import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { AdjustmentsService } from './adjustments/adjustments.service';
import { BuzzService } from './buzzer/buzz.service';
import { FreezeService } from './freeze/freeze.service';
import { AdjustmentDto, BuzzDto, ExtendDto, FreezeDto, StakeDto } from './live-control.dto';
import { LiveControlService } from './live-control.service';
import { QuestionStatusService } from './question-status.service';
import { StakesService } from './stakes/stakes.service';
import type { AdjustmentReceipt, BuzzResult, FreezeState, QuestionControlResult, QuestionStatus, RevealedAnswer, StakeResult } from '@jingsai/domain';

/** Live contest actions: buzz and stakes (contestants); adjustments, freeze, extend, reveal, question status (organizers). */
@ApiTags('live')
@ApiBearerAuth()
@Controller()
export class LiveControlController {
  constructor(
    private readonly buzzes: BuzzService,
    private readonly stakes: StakesService,
    private readonly adjustments: AdjustmentsService,
    private readonly freezes: FreezeService,
    private readonly control: LiveControlService,
    private readonly questionStatus: QuestionStatusService,
  ) {}

  @Roles('contestant')
  @Post('contests/:id/buzz')
  @HttpCode(200)
  buzz(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: BuzzDto): Promise<BuzzResult> {
    return this.buzzes.buzz(p, id, dto.questionId);
  }

  @Roles('contestant')
  @Post('contests/:id/stakes')
  @HttpCode(200)
  stake(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: StakeDto): Promise<StakeResult> {
    return this.stakes.place(p, id, dto.questionId, dto.points);
  }

  @Roles('organizer')
  @Post('contests/:id/adjustments')
  adjust(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AdjustmentDto): Promise<AdjustmentReceipt> {
    return this.adjustments.adjust(p, id, dto);
  }

  @Roles('organizer')
  @Post('contests/:id/freeze')
  @HttpCode(200)
  freeze(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: FreezeDto): Promise<FreezeState> {
    return this.freezes.freeze(p, id, dto);
  }

  @Roles('organizer')
  @Post('contests/:id/unfreeze')
  @HttpCode(200)
  unfreeze(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<FreezeState> {
    return this.freezes.unfreeze(p, id);
  }

  @Roles('organizer')
  @Post('rounds/:roundId/questions/:questionId/extend')
  @HttpCode(200)
  extend(
    @CurrentPrincipal() p: Principal,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('questionId', ParseUUIDPipe) questionId: string,
    @Body() dto: ExtendDto,
  ): Promise<QuestionControlResult> {
    return this.control.extend(p, roundId, questionId, dto.seconds);
  }

  @Roles('organizer')
  @Post('rounds/:roundId/questions/:questionId/reveal')
  @HttpCode(200)
  reveal(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string, @Param('questionId', ParseUUIDPipe) questionId: string): Promise<RevealedAnswer> {
    return this.control.reveal(p, roundId, questionId);
  }

  @Roles('organizer')
  @Get('rounds/:roundId/questions/:questionId/status')
  status(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string, @Param('questionId', ParseUUIDPipe) questionId: string): Promise<QuestionStatus> {
    return this.questionStatus.status(p, roundId, questionId);
  }
}
