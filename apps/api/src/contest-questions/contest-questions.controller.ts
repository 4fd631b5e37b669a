import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { QuestionPatchDto } from '../banks/question-patch.dto';
import type { Principal } from '../common/principal';
import { ContestQuestionsService } from './contest-questions.service';

export class RejudgeDto {
  @ApiPropertyOptional({ type: QuestionPatchDto, description: 'Changes to the contest\'s copy, e.g. {answer:"C"} or {blanks:[["优质","优良"],…]}' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionPatchDto)
  question?: QuestionPatchDto;
  @ApiProperty({ description: 'true: only count what would change' }) @IsBoolean() dryRun!: boolean;
}

@ApiTags('contests')
@ApiBearerAuth()
@Controller('contests/:id/questions')
export class ContestQuestionsController {
  constructor(private readonly questions: ContestQuestionsService) {}

  /** The contest's own copies of its questions, keys included (its organizer and admins). */
  @Roles('organizer')
  @Get()
  list(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.questions.list(p, id);
  }

  /** Fix a question inside this contest and regrade its answers (dry run first). */
  @Roles('organizer')
  @Post(':questionId/rejudge')
  @HttpCode(200)
  rejudge(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('questionId', ParseUUIDPipe) questionId: string, @Body() dto: RejudgeDto) {
    return this.questions.fix(p, id, questionId, dto.question, dto.dryRun);
  }
}
