import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { QUESTION_TYPES } from '@jingsai/domain';

export class ImportTextDto {
  @ApiProperty({ enum: ['text', 'json'] }) @IsIn(['text', 'json']) format!: 'text' | 'json';
  @ApiProperty({ description: 'The paper as plain text (or a JSON bank export)' }) @IsString() @MaxLength(5_000_000) content!: string;
  @ApiProperty({ example: '营销与优质服务试题' }) @IsString() @Length(1, 200) name!: string;
}

export class QuestionQueryDto {
  @ApiPropertyOptional({ enum: QUESTION_TYPES }) @IsOptional() @IsIn([...QUESTION_TYPES]) type?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) category?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) search?: string;
  @ApiPropertyOptional() @IsOptional() @IsIn(['true', 'false']) draft?: 'true' | 'false';
}
