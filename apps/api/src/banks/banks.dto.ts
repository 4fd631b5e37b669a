import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { QUESTION_TYPES } from '@jingsai/domain';

export class QuestionQueryDto {
  @ApiPropertyOptional({ enum: QUESTION_TYPES }) @IsOptional() @IsIn([...QUESTION_TYPES]) type?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) category?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) search?: string;
  @ApiPropertyOptional() @IsOptional() @IsIn(['true', 'false']) draft?: 'true' | 'false';
}
