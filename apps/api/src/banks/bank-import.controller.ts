import { Controller, Get, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { bilingualErrorText } from '@jingsai/domain';
import { PAPER_TEXT_TEMPLATE, writeXlsxTemplate } from '@jingsai/question-bank';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import { AppError } from '../common/app-error';
import type { Principal } from '../common/principal';
import { validationMessage } from '../common/validation-messages';
import { ImportOptionsDto, ImportTextDto, multipartOptions, parseMapping } from './bank-import.dto';
import { BankImportService, type ImportOptions } from './bank-import.service';
import { readUpload } from './multipart-upload';
import type { ImportSummary } from '@jingsai/domain';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';


async function checked<T extends object>(cls: new () => T, body: Record<string, unknown>): Promise<T> {
  const dto = plainToInstance(cls, body);
  const errors = await validate(dto);
  if (errors.length) throw AppError.detailed('BANK_IMPORT_BAD_BODY', `${bilingualErrorText('BANK_IMPORT_BAD_BODY')}; ${validationMessage(errors)}`);
  return dto;
}

@ApiTags('banks')
@ApiBearerAuth()
@Controller()
export class BankImportController {
  constructor(private readonly imports: BankImportService) {}

  /**
   * Multipart `file` (.txt/.md/.docx/.xlsx/.csv/.json), or JSON `{format:'text'|'json', content, name}`.
   * `?dryRun=true` previews (questions, each one's layout and warnings, duplicates) without saving;
   * `onDuplicate` ask|replace|merge|keep; `mapping` maps an unrecognised spreadsheet header.
   */
  @Roles('organizer')
  @Post('banks/import')
  async import(@CurrentPrincipal() p: Principal, @Req() req: FastifyRequest<{ Querystring: { dryRun?: string } }>): Promise<ImportSummary> {
    const dryRun = req.query.dryRun === 'true' || req.query.dryRun === '1';
    const upload = req.isMultipart() ? await readUpload(req) : undefined;
    const file = upload?.file;
    const body = (upload ? upload.fields : (req.body ?? {})) as Record<string, unknown>;
    if (file) {
      const fields = multipartOptions(body);
      const options = await checked(ImportOptionsDto, { ...fields, name: undefined });
      return this.imports.importFile(p, file, this.options(options, fields.name, dryRun));
    }
    const dto = await checked(ImportTextDto, body);
    return this.imports.importText(p, dto.format, dto.content, this.options(dto, dto.name, dryRun));
  }

  /** The .xlsx template: the documented columns and one example per question type. */
  @Public()
  @Get('banks/templates/question-bank.xlsx')
  @ApiProduces(XLSX)
  async xlsxTemplate(@Res({ passthrough: true }) res: FastifyReply): Promise<StreamableFile> {
    res.headers({ 'content-type': XLSX, 'content-disposition': `attachment; filename="question-bank-template.xlsx"` });
    return new StreamableFile(await writeXlsxTemplate());
  }

  /** The text template: one short paper in each layout the parser reads. */
  @Public()
  @Get('banks/templates/question-bank.txt')
  @ApiProduces('text/plain')
  textTemplate(@Res({ passthrough: true }) res: FastifyReply): StreamableFile {
    res.headers({ 'content-type': 'text/plain; charset=utf-8', 'content-disposition': `attachment; filename="question-bank-template.txt"` });
    return new StreamableFile(Buffer.from(PAPER_TEXT_TEMPLATE, 'utf8'));
  }

  private options(dto: ImportOptionsDto, name: string | undefined, dryRun: boolean): ImportOptions {
    return {
      name,
      dryRun,
      onDuplicate: dto.onDuplicate ?? 'keep',
      ...(dto.targetBankId ? { targetBankId: dto.targetBankId } : {}),
      ...(dto.mapping ? { mapping: parseMapping(dto.mapping) } : {}),
    };
  }
}
