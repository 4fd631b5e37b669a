import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsObject, IsOptional } from 'class-validator';
import type { Question } from '@jingsai/domain';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { RejudgeService } from './rejudge.service';

export class RejudgeDto {
  @ApiPropertyOptional({ description: 'Changes to the question, e.g. {answer:"C"} or {blanks:[["优质","优良"],…]}' })
  @IsOptional()
  @IsObject()
  question?: Partial<Question>;
  @ApiProperty({ description: 'true: only count what would change' }) @IsBoolean() dryRun!: boolean;
}

@ApiTags('rejudge')
@ApiBearerAuth()
@Controller()
export class RejudgeController {
  constructor(private readonly rejudge: RejudgeService) {}

  @Roles('organizer')
  @Post('questions/:id/rejudge')
  @HttpCode(200)
  run(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RejudgeDto) {
    return this.rejudge.rejudge(p, id, dto.question, dto.dryRun);
  }
}
