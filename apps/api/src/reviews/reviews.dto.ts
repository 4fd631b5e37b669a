import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';

export class ScoreReviewDto {
  @ApiProperty({ example: 15 }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(10000) score!: number;
  @ApiPropertyOptional({ example: '要点基本齐全' }) @IsOptional() @IsString() @MaxLength(1000) comment?: string;
}

export class ReturnReviewDto {
  @ApiProperty({ example: '评分分歧过大，请重新评分' }) @IsString() @Length(1, 500) reason!: string;
}
