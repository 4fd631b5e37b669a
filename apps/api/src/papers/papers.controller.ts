import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { PaperAnswerDto } from './papers.dto';
import { PapersService } from './papers.service';
import { PaperWindowsService } from './paper-windows.service';
import type { PaperRoundSummary, PaperSubmitResult, PaperView, SubmissionReceipt } from '@jingsai/domain';

/** Written rounds as individual papers (笔答/初赛): the organizer's window, each contestant's own paper. */
@ApiTags('papers')
@ApiBearerAuth()
@Controller()
export class PapersController {
  constructor(
    private readonly papers: PapersService,
    private readonly windows: PaperWindowsService,
  ) {}

  @Roles('organizer')
  @Post('rounds/:roundId/paper/open')
  @HttpCode(200)
  open(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string): Promise<PaperRoundSummary> {
    return this.windows.openWindow(p, roundId);
  }

  @Roles('organizer')
  @Post('rounds/:roundId/paper/close')
  @HttpCode(200)
  close(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string): Promise<PaperRoundSummary> {
    return this.windows.closeWindow(p, roundId);
  }

  /** The contest's paper rounds and windows (a contestant also sees their own paper's state). */
  @Roles('contestant', 'organizer', 'judge')
  @Get('contests/:id/papers')
  list(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<PaperRoundSummary[]> {
    return this.windows.listForContest(p, id);
  }

  /** Starts (or, called again, returns) the contestant's paper. */
  @Roles('contestant')
  @Post('rounds/:roundId/paper')
  @HttpCode(200)
  start(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string): Promise<PaperView> {
    return this.papers.start(p, roundId);
  }

  @Roles('contestant')
  @Get('rounds/:roundId/paper')
  get(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string): Promise<PaperView> {
    return this.papers.get(p, roundId);
  }

  @Roles('contestant')
  @Post('rounds/:roundId/paper/answers')
  @HttpCode(202)
  answer(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string, @Body() dto: PaperAnswerDto): Promise<SubmissionReceipt> {
    return this.papers.answer(p, roundId, dto);
  }

  @Roles('contestant')
  @Post('rounds/:roundId/paper/submit')
  @HttpCode(200)
  submit(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string): Promise<PaperSubmitResult> {
    return this.papers.submit(p, roundId);
  }
}
