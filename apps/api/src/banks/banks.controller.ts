import { BadRequestException, Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { ImportTextDto, QuestionQueryDto } from './banks.dto';
import { QuestionPatchDto } from './question-patch.dto';
import { BanksService } from './banks.service';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

/** The part of multer's file we use. */
interface UploadedBankFile {
  buffer: Buffer;
  originalname: string;
}

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

@ApiTags('banks')
@ApiBearerAuth()
@Controller()
export class BanksController {
  constructor(private readonly banks: BanksService) {}

  /** Multipart `file` (.txt/.docx/.xlsx/.json), or JSON `{format:'text', content, name}`; `?dryRun=true` previews without saving. */
  @Roles('organizer')
  @Post('banks/import')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  async import(@CurrentPrincipal() p: Principal, @UploadedFile() file: UploadedBankFile | undefined, @Req() req: Request) {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const dryRun = req.query.dryRun === 'true' || req.query.dryRun === '1';
    if (file) return this.banks.importFile(p, file, typeof body.name === 'string' ? body.name : undefined, dryRun);
    const dto = plainToInstance(ImportTextDto, body);
    const errors = await validate(dto);
    if (errors.length) {
      throw new BadRequestException(
        '请上传文件（file）或提交 {format, content, name} / Send a multipart "file" or {format, content, name}: ' +
          errors.map((e) => Object.values(e.constraints ?? {}).join(', ')).join('; '),
      );
    }
    return this.banks.importText(p, dto.format, dto.content, dto.name, dryRun);
  }

  @Roles('organizer')
  @Get('banks')
  list(@CurrentPrincipal() p: Principal) {
    return this.banks.listBanks(p);
  }

  @Roles('organizer')
  @Get('banks/:id/questions')
  questions(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: QuestionQueryDto) {
    return this.banks.listQuestions(p, id, {
      type: query.type,
      category: query.category,
      search: query.search,
      draft: query.draft === undefined ? undefined : query.draft === 'true',
    });
  }

  @Roles('organizer')
  @Patch('questions/:id')
  update(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() patch: QuestionPatchDto) {
    return this.banks.updateQuestion(p, id, patch);
  }
}
