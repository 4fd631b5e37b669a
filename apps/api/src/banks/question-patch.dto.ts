import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateBy, ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { QUESTION_TYPES, type AnswerValue, type QuestionType } from '@jingsai/domain';

const isStringGrid = (value: unknown, rows: number, cols: number, length: number) =>
  Array.isArray(value) &&
  value.length <= rows &&
  value.every((row) => Array.isArray(row) && row.length <= cols && row.every((cell) => typeof cell === 'string' && cell.length <= length));

/** single 'B' · multiple ['A','C'] · truefalse true|false: the shape is checked against the type after merging. */
function IsAnswerKey(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isAnswerKey',
      validator: {
        validate: (v: unknown) =>
          typeof v === 'boolean' ||
          (typeof v === 'string' && v.length <= 20) ||
          (Array.isArray(v) && v.length <= 26 && v.every((k) => typeof k === 'string' && k.length <= 20)),
        defaultMessage: () => '答案须为选项字母、字母数组或 true/false / answer must be an option key, a list of keys or true/false',
      },
    },
    options,
  );
}

function IsStringGrid(rows: number, cols: number, length: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isStringGrid',
      validator: {
        validate: (v: unknown) => isStringGrid(v, rows, cols, length),
        defaultMessage: () => `须为字符串的二维数组（最多 ${rows}×${cols}，每项 ${length} 字以内） / must be a list of lists of strings (at most ${rows}×${cols}, ${length} characters each)`,
      },
    },
    options,
  );
}

function IsIndexGroups(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isIndexGroups',
      validator: {
        validate: (v: unknown) =>
          Array.isArray(v) && v.length <= 20 && v.every((g) => Array.isArray(g) && g.length <= 50 && g.every((i) => Number.isInteger(i) && i >= 0 && i < 50)),
        defaultMessage: () => 'orderFreeGroups 须为空序号的分组 / orderFreeGroups must be groups of blank indexes',
      },
    },
    options,
  );
}

export class QuestionOptionDto {
  @Matches(/^[A-Z]$/, { message: '选项字母须为 A–Z / option key must be one letter A–Z' }) key!: string;
  @IsString() @MaxLength(2000) text!: string;
}

/** A fix to a question: any field, validated here by type, then the whole question against its type. */
export class QuestionPatchDto {
  @ApiPropertyOptional({ enum: QUESTION_TYPES, description: 'must stay the same type' }) @IsOptional() @IsIn([...QUESTION_TYPES]) type?: QuestionType;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 5000) stem?: string;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0.01) @Max(10000) points?: number;
  @ApiPropertyOptional({ type: [QuestionOptionDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(26) @ValidateNested({ each: true }) @Type(() => QuestionOptionDto) options?: QuestionOptionDto[];
  @ApiPropertyOptional({ description: "single 'B' · multiple ['A','C'] · truefalse true|false" }) @IsOptional() @IsAnswerKey() answer?: AnswerValue;
  @ApiPropertyOptional({ description: 'accepted variants per blank' }) @IsOptional() @IsStringGrid(50, 20, 200) blanks?: string[][];
  @ApiPropertyOptional() @IsOptional() @IsIndexGroups() orderFreeGroups?: number[][];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000) reference?: string;
  @ApiPropertyOptional() @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(1000, { each: true }) keyPoints?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) explanation?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) category?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(5) difficulty?: number;
  @ApiPropertyOptional() @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(50, { each: true }) tags?: string[];
}
