import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { UpdateReportSettingsDto } from './analysis.dto';
import { AnalysisService } from './analysis.service';

@ApiTags('analysis')
@Controller()
export class AnalysisController {
  constructor(private readonly analysis: AnalysisService) {}

  /** The 竞赛分析报告: per question, knowledge point (tag), team and contestant (its organizer and admins). */
  @ApiBearerAuth()
  @Roles('organizer')
  @Get('contests/:id/analysis')
  report(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.analysis.report(p, id);
  }

  /** The big screen's option bar on or off, and the workbook's time zone. */
  @ApiBearerAuth()
  @Roles('organizer')
  @Patch('contests/:id/analysis/settings')
  updateSettings(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateReportSettingsDto) {
    return this.analysis.updateSettings(p, id, dto);
  }

  /** Public (big screen): a closed choice question's option shares, when switched on; an open question is refused (409). */
  @Public()
  @Get('contests/:id/questions/:questionId/option-shares')
  optionShares(@Param('id', ParseUUIDPipe) id: string, @Param('questionId', ParseUUIDPipe) questionId: string) {
    return this.analysis.optionShares(id, questionId);
  }
}
