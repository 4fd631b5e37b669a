import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { SubmitAnswerDto } from './submissions.dto';
import { SubmissionsService } from './submissions.service';
import type { SubmissionReceipt, SubmissionState } from '@jingsai/domain';

@ApiTags('submissions')
@ApiBearerAuth()
@Controller()
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Roles('contestant')
  @Post('contests/:id/submissions')
  @HttpCode(202)
  submit(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SubmitAnswerDto): Promise<SubmissionReceipt> {
    return this.submissions.submit(p, id, dto);
  }

  @Get('submissions/:id')
  status(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SubmissionState> {
    return this.submissions.status(p, id);
  }
}
