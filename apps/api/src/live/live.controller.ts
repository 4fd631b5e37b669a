import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { ContestRepository } from '../contests/contest.repository';
import { ContestAccess } from '../contests/contest-access';
import { LeaderboardService } from '../leaderboard/leaderboard.service';
import { AppError } from '../common/app-error';
import { LiveService } from './live.service';
import { LiveSnapshots } from './live-snapshots';
import { OpenQuestionDto } from './live-control.dto';
import type { Leaderboard, LiveView, QuestionControlResult } from '@jingsai/domain';

@ApiTags('live')
@Controller()
export class LiveController {
  constructor(
    private readonly live: LiveService,
    private readonly snapshots: LiveSnapshots,
    private readonly leaderboard: LeaderboardService,
    private readonly contests: ContestRepository,
  ) {}

  /** Public: the big screen reads it without signing in; it never contains an answer key. */
  @Public()
  @Get('contests/:id/live')
  view(@Param('id', ParseUUIDPipe) id: string): Promise<LiveView> {
    return this.snapshots.view(id);
  }

  /** Public board (frozen while frozen); the contest's managers get the live board. */
  @Public()
  @Get('contests/:id/leaderboard')
  async board(@CurrentPrincipal() principal: Principal | undefined, @Param('id', ParseUUIDPipe) id: string): Promise<Leaderboard> {
    // Anonymous screens read one cached board per change, however many poll.
    if (principal?.kind !== 'staff') return this.snapshots.publicBoard(id);
    const contest = await this.contests.findContest(id);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    return ContestAccess.canManage(principal, contest) ? this.leaderboard.compute(id, 'staff') : this.snapshots.publicBoard(id);
  }

  @ApiBearerAuth()
  @Roles('organizer')
  @Post('rounds/:roundId/questions/:questionId/open')
  @HttpCode(200)
  open(
    @CurrentPrincipal() p: Principal,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('questionId', ParseUUIDPipe) questionId: string,
    @Body() dto: OpenQuestionDto,
  ): Promise<QuestionControlResult> {
    return this.live.open(p, roundId, questionId, dto?.teamId, dto?.reopen === true);
  }

  @ApiBearerAuth()
  @Roles('organizer')
  @Post('rounds/:roundId/questions/:questionId/pause')
  @HttpCode(200)
  pause(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string, @Param('questionId', ParseUUIDPipe) questionId: string): Promise<QuestionControlResult> {
    return this.live.pause(p, roundId, questionId);
  }

  @ApiBearerAuth()
  @Roles('organizer')
  @Post('rounds/:roundId/questions/:questionId/resume')
  @HttpCode(200)
  resume(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string, @Param('questionId', ParseUUIDPipe) questionId: string): Promise<QuestionControlResult> {
    return this.live.resume(p, roundId, questionId);
  }

  @ApiBearerAuth()
  @Roles('organizer')
  @Post('rounds/:roundId/questions/:questionId/close')
  @HttpCode(200)
  close(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string, @Param('questionId', ParseUUIDPipe) questionId: string): Promise<QuestionControlResult> {
    return this.live.close(p, roundId, questionId);
  }
}
