import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { QUESTION_TYPES, type QuestionType } from '@jingsai/domain';

export class PaperDrawDto {
  @ApiPropertyOptional({ example: '营销与优质服务' }) @IsOptional() @IsString() @Length(1, 200) category?: string;
  @ApiPropertyOptional({ enum: QUESTION_TYPES }) @IsOptional() @IsIn([...QUESTION_TYPES]) type?: QuestionType;
  @ApiProperty({ example: 10 }) @IsInt() @Min(1) @Max(500) count!: number;
}

/** A written round's paper: what each contestant draws from the round's questions, and their time limit. */
export class PaperSettingsDto {
  @ApiProperty({ type: [PaperDrawDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PaperDrawDto)
  draw!: PaperDrawDto[];
  @ApiProperty({ example: 30, description: 'Personal time limit in minutes, from when the contestant opens the paper' })
  @IsNumber()
  @Min(0.01)
  @Max(600)
  minutes!: number;
  @ApiPropertyOptional({ description: 'Shuffle choice options per contestant (default true)' }) @IsOptional() @IsBoolean() shuffleOptions?: boolean;
}
