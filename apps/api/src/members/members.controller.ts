import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { ClaimDto, DecisionDto, JoinDto, RosterDto } from './members.dto';
import { MembersService } from './members.service';
import type { JoinDecision, JoinLookup, JoinPending, JoinResponse, MemberRemoval, MembersView, PinReset, TeamMembers } from '@jingsai/domain';

@ApiTags('members')
@Controller()
export class MembersController {
  constructor(private readonly members: MembersService) {}

  /** A join code alone: which contest and team it opens (to confirm before joining). */
  @Public()
  @Get('join/:joinCode')
  lookup(@Param('joinCode') joinCode: string): Promise<JoinLookup> {
    return this.members.lookup(joinCode);
  }

  /** Join with a code alone (it names the contest and the team). */
  @Public()
  @Post('join')
  joinByCode(@Body() dto: JoinDto): Promise<JoinResponse> {
    return this.members.join(null, dto);
  }

  @Public()
  @Post('contests/:id/join')
  join(@Param('id', ParseUUIDPipe) id: string, @Body() dto: JoinDto): Promise<JoinResponse> {
    return this.members.join(id, dto);
  }

  /** The new phone of an approved request takes its session. */
  /** 200 with the session once approved; 202 {status:'pending'} while the organizer has not decided; 403 when denied. */
  @Public()
  @Post('contests/:id/join-requests/:requestId/claim')
  async claim(@Param('id', ParseUUIDPipe) id: string, @Param('requestId', ParseUUIDPipe) requestId: string, @Body() dto: ClaimDto, @Res({ passthrough: true }) res: FastifyReply): Promise<JoinResponse | JoinPending> {
    const result = await this.members.claim(id, requestId, dto.secret);
    res.status('status' in result ? 202 : 200);
    return result;
  }

  @ApiBearerAuth()
  @Roles('organizer')
  @Get('contests/:id/members')
  list(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<MembersView> {
    return this.members.list(p, id);
  }

  @ApiBearerAuth()
  @Roles('organizer')
  @Post('join-requests/:requestId/decision')
  @HttpCode(200)
  decide(@CurrentPrincipal() p: Principal, @Param('requestId', ParseUUIDPipe) requestId: string, @Body() dto: DecisionDto): Promise<JoinDecision> {
    return this.members.decide(p, requestId, dto.approve);
  }

  @ApiBearerAuth()
  @Roles('organizer')
  @Put('contests/:id/teams/:teamId/roster')
  setRoster(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('teamId', ParseUUIDPipe) teamId: string, @Body() dto: RosterDto): Promise<TeamMembers | undefined> {
    return this.members.setRoster(p, id, teamId, dto.names);
  }

  @ApiBearerAuth()
  @Roles('organizer')
  @Post('contests/:id/members/:memberId/pin')
  @HttpCode(200)
  resetPin(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('memberId', ParseUUIDPipe) memberId: string): Promise<PinReset> {
    return this.members.resetPin(p, id, memberId);
  }

  @ApiBearerAuth()
  @Roles('organizer')
  @Delete('contests/:id/members/:memberId')
  remove(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('memberId', ParseUUIDPipe) memberId: string): Promise<MemberRemoval> {
    return this.members.remove(p, id, memberId);
  }
}
