import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { QuestionQueryDto } from './banks.dto';
import { QuestionPatchDto } from './question-patch.dto';
import { BanksService } from './banks.service';
import type { BankSummary, StoredQuestion } from '@jingsai/domain';

@ApiTags('banks')
@ApiBearerAuth()
@Controller()
export class BanksController {
  constructor(private readonly banks: BanksService) {}

  @Roles('organizer')
  @Get('banks')
  list(@CurrentPrincipal() p: Principal): Promise<BankSummary<Date>[]> {
    return this.banks.listBanks(p);
  }

  @Roles('organizer')
  @Get('banks/:id/questions')
  questions(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: QuestionQueryDto): Promise<StoredQuestion[]> {
    return this.banks.listQuestions(p, id, {
      type: query.type,
      category: query.category,
      search: query.search,
      draft: query.draft === undefined ? undefined : query.draft === 'true',
    });
  }

  @Roles('organizer')
  @Patch('questions/:id')
  update(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() patch: QuestionPatchDto): Promise<StoredQuestion> {
    return this.banks.updateQuestion(p, id, patch);
  }
}
