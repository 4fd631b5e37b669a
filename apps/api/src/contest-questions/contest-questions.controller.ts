import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, IsOptional, ValidateNested } from 'class-validator';
import type { MultipleChoicePolicy } from '@jingsai/domain';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { QuestionPatchDto } from '../banks/question-patch.dto';
import type { Principal } from '../common/principal';
import { ContestQuestionsService } from './contest-questions.service';
import type { ContestQuestion, RejudgeReport } from '@jingsai/domain';

export class RejudgeDto {
  @ApiPropertyOptional({ type: QuestionPatchDto, description: 'Changes to the contest\'s copy, e.g. {answer:"C"} or {blanks:[["优质","优良"],…]}' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionPatchDto)
  question?: QuestionPatchDto;
  @ApiProperty({ description: 'true: only count what would change' }) @IsBoolean() dryRun!: boolean;
}

export class RoundGradingDto {
  @ApiPropertyOptional({ description: 'true: blanks need the exact forms (no equal numbers in other notations, no forgiven units)' })
  @IsOptional()
  @IsBoolean()
  strict?: boolean;
  @ApiPropertyOptional({ description: "Multiple choice: {kind:'all-or-nothing'} or {kind:'partial', share, wrongPoints?}" })
  @IsOptional()
  @IsObject()
  multiplePolicy?: MultipleChoicePolicy;
  @ApiProperty({ description: 'true: only count what would change' }) @IsBoolean() dryRun!: boolean;
}

@ApiTags('contests')
@ApiBearerAuth()
@Controller()
export class ContestQuestionsController {
  constructor(private readonly questions: ContestQuestionsService) {}

  /** The contest's own copies of its questions, keys included (its organizer and admins). */
  @Roles('organizer')
  @Get('contests/:id/questions')
  list(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ContestQuestion[]> {
    return this.questions.list(p, id);
  }

  /** Fix a question inside this contest and regrade its answers (dry run first). */
  @Roles('organizer')
  @Post('contests/:id/questions/:questionId/rejudge')
  @HttpCode(200)
  rejudge(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('questionId', ParseUUIDPipe) questionId: string, @Body() dto: RejudgeDto): Promise<RejudgeReport & { questionId: string }> {
    return this.questions.fix(p, id, questionId, dto.question, dto.dryRun);
  }

  /** Change how a round grades (strict forms, multiple-choice policy) and regrade its answers (dry run first). */
  @Roles('organizer')
  @Post('rounds/:roundId/grading')
  @HttpCode(200)
  regradeRound(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string, @Body() dto: RoundGradingDto): Promise<RejudgeReport & { roundId: string }> {
    const { dryRun, ...settings } = dto;
    return this.questions.changeRoundGrading(p, roundId, settings, dryRun);
  }
}
