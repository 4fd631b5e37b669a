import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { BANK_COLUMN_FIELDS, DUPLICATE_ACTIONS, type BankColumnField, type ColumnMapping, type DuplicateAction } from '@jingsai/domain';
import { AppError } from '../common/app-error';

/** Fields an import takes besides the paper, in a JSON body or as multipart form fields. */
export class ImportOptionsDto {
  @ApiPropertyOptional({ enum: DUPLICATE_ACTIONS, description: 'When a bank of this name or with these questions exists: ask (409), replace, merge, keep both (default)' })
  @IsOptional()
  @IsIn([...DUPLICATE_ACTIONS])
  onDuplicate?: DuplicateAction;

  @ApiPropertyOptional({ description: 'The bank to replace or merge into, when several match' }) @IsOptional() @IsUUID() targetBankId?: string;

  @ApiPropertyOptional({ description: 'Spreadsheets: JSON {"<column number>": "stem"|"type"|"option"|"answer"|…} for a header that was not recognised' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  mapping?: string;
}

export class ImportTextDto extends ImportOptionsDto {
  @ApiProperty({ enum: ['text', 'json'] }) @IsIn(['text', 'json']) format!: 'text' | 'json';
  @ApiProperty({ description: 'The paper as plain text (or a JSON bank export)' }) @IsString() @MaxLength(5_000_000) content!: string;
  @ApiProperty({ example: '营销与优质服务试题' }) @IsString() @Length(1, 200) name!: string;
}

/** Multipart fields arrive as strings; anything else is ignored. */
export function multipartOptions(body: Record<string, unknown>): ImportOptionsDto & { name?: string } {
  const pick = (k: string): string | undefined => (typeof body[k] === 'string' ? (body[k] as string) : undefined);
  return { name: pick('name'), onDuplicate: pick('onDuplicate') as DuplicateAction | undefined, targetBankId: pick('targetBankId'), mapping: pick('mapping') };
}


/** `{"1":"stem","3":"option"}` → a checked mapping (column numbers 1–200, known fields). */
export function parseMapping(raw: string | undefined): ColumnMapping | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new AppError('BANK_MAPPING_INVALID');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AppError('BANK_MAPPING_INVALID');
  const mapping: ColumnMapping = {};
  for (const [col, field] of Object.entries(value)) {
    if (!/^\d{1,3}$/.test(col) || Number(col) < 1 || Number(col) > 200 || !(BANK_COLUMN_FIELDS as readonly string[]).includes(String(field))) {
      throw new AppError('BANK_MAPPING_INVALID');
    }
    mapping[col] = field as BankColumnField;
  }
  return mapping;
}
