import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { ResultsService } from './results.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('results')
@ApiBearerAuth()
@Controller()
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Roles('organizer')
  @Get('contests/:id/results.xlsx')
  @ApiProduces(XLSX)
  async download(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) res: FastifyReply): Promise<StreamableFile> {
    const { filename, buffer } = await this.results.workbook(p, id);
    // The title is Chinese: the plain parameter carries it percent-encoded (what the console decodes), filename* per RFC 6266.
    const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    res.headers({ 'content-type': XLSX, 'content-disposition': `attachment; filename="${encoded}"; filename*=UTF-8''${encoded}` });
    return new StreamableFile(buffer);
  }
}
