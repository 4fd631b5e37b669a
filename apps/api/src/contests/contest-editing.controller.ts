import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { RenameBankDto, UpdateContestDto, UpdateRoundDto, UpdateTeamDto } from './contest-editing.dto';
import { ContestEditingService } from './contest-editing.service';
import type { AssignedJudge, BankRenamed, ContestPatched, Deleted, JudgeRemoved, RoundPatched, TeamPatched } from '@jingsai/domain';

@ApiTags('contests')
@ApiBearerAuth()
@Controller()
export class ContestEditingController {
  constructor(private readonly editing: ContestEditingService) {}

  @Roles('organizer')
  @Patch('contests/:id')
  updateContest(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateContestDto): Promise<ContestPatched> {
    return this.editing.updateContest(p, id, dto);
  }

  @Roles('organizer')
  @Delete('contests/:id')
  deleteContest(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<Deleted> {
    return this.editing.deleteContest(p, id);
  }

  @Roles('organizer')
  @Patch('contests/:id/teams/:teamId')
  updateTeam(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('teamId', ParseUUIDPipe) teamId: string, @Body() dto: UpdateTeamDto): Promise<TeamPatched> {
    return this.editing.updateTeam(p, id, teamId, dto);
  }

  @Roles('organizer')
  @Delete('contests/:id/teams/:teamId')
  deleteTeam(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('teamId', ParseUUIDPipe) teamId: string): Promise<Deleted> {
    return this.editing.deleteTeam(p, id, teamId);
  }

  @Roles('organizer')
  @Patch('rounds/:roundId')
  updateRound(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string, @Body() dto: UpdateRoundDto): Promise<RoundPatched> {
    return this.editing.updateRound(p, roundId, dto);
  }

  @Roles('organizer')
  @Delete('rounds/:roundId')
  deleteRound(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string): Promise<Deleted> {
    return this.editing.deleteRound(p, roundId);
  }

  @Roles('organizer')
  @Get('contests/:id/judges')
  judges(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<AssignedJudge[]> {
    return this.editing.listJudges(p, id);
  }

  @Roles('organizer')
  @Delete('contests/:id/judges/:userId')
  removeJudge(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('userId', ParseUUIDPipe) userId: string): Promise<JudgeRemoved> {
    return this.editing.removeJudge(p, id, userId);
  }

  @Roles('organizer')
  @Patch('banks/:id')
  renameBank(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RenameBankDto): Promise<BankRenamed> {
    return this.editing.renameBank(p, id, dto.name);
  }

  @Roles('organizer')
  @Delete('banks/:id')
  deleteBank(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<Deleted> {
    return this.editing.deleteBank(p, id);
  }
}
