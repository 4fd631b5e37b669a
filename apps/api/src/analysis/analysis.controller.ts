import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { UpdateReportSettingsDto } from './analysis.dto';
import { AnalysisService } from './analysis.service';
import type { AnalysisReport, OptionSharesView, ReportSettings } from '@jingsai/domain';

@ApiTags('analysis')
@Controller()
export class AnalysisController {
  constructor(private readonly analysis: AnalysisService) {}

  /** The 竞赛分析报告: per question, knowledge point (tag), team and contestant (its organizer and admins). */
  @ApiBearerAuth()
  @Roles('organizer')
  @Get('contests/:id/analysis')
  report(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<AnalysisReport> {
    return this.analysis.report(p, id);
  }

  /** The big screen's option bar on or off, and the workbook's time zone. */
  @ApiBearerAuth()
  @Roles('organizer')
  @Patch('contests/:id/analysis/settings')
  updateSettings(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateReportSettingsDto): Promise<ReportSettings> {
    return this.analysis.updateSettings(p, id, dto);
  }

  /** Public (big screen): a closed choice question's option shares, when switched on; an open question is refused (409). */
  @Public()
  @Get('contests/:id/questions/:questionId/option-shares')
  optionShares(@Param('id', ParseUUIDPipe) id: string, @Param('questionId', ParseUUIDPipe) questionId: string): Promise<OptionSharesView> {
    return this.analysis.optionShares(id, questionId);
  }
}
