import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { AssignJudgeDto, CreateContestDto, CreateRoundDto, CreateTeamDto } from './contests.dto';
import { ContestsService } from './contests.service';
import type { AssignedJudge, ContestDetails, ContestSummary, CreatedRound, CreatedTeam } from '@jingsai/domain';

@ApiTags('contests')
@ApiBearerAuth()
@Controller('contests')
export class ContestsController {
  constructor(private readonly contests: ContestsService) {}

  @Roles('organizer')
  @Post()
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateContestDto): Promise<ContestSummary<Date>> {
    return this.contests.create(p, dto);
  }

  @Roles('organizer', 'judge')
  @Get()
  list(@CurrentPrincipal() p: Principal): Promise<ContestSummary<Date>[]> {
    return this.contests.list(p);
  }

  @Roles('organizer', 'judge')
  @Get(':id')
  details(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ContestDetails<Date>> {
    return this.contests.details(p, id);
  }

  @Roles('organizer')
  @Post(':id/teams')
  addTeam(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateTeamDto): Promise<CreatedTeam> {
    return this.contests.addTeam(p, id, dto);
  }

  @Roles('organizer')
  @Post(':id/rounds')
  addRound(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateRoundDto): Promise<CreatedRound> {
    return this.contests.addRound(p, id, dto);
  }

  @Roles('organizer')
  @Post(':id/judges')
  assignJudge(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AssignJudgeDto): Promise<AssignedJudge> {
    return this.contests.assignJudge(p, id, dto);
  }
}
