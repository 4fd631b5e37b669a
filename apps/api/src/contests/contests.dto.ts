import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested,
} from 'class-validator';
import { ROUND_KINDS, type RoundKind } from '@jingsai/domain';
import { LifelinesDto } from './contest-settings.dto';
import { RoundSettingsDto } from '../round-kinds/round-settings.dto';

export class CreateContestDto {
  @ApiProperty({ example: '2026年优质服务知识竞赛' }) @IsString() @Length(1, 200) title!: string;
  @ApiPropertyOptional({ example: 100 }) @IsOptional() @IsNumber() @Min(-100000) @Max(100000) baseScore?: number;
  @ApiPropertyOptional({ type: LifelinesDto, description: 'Lifelines per team, e.g. {thinkTank: 2}' })
  @IsOptional() @ValidateNested() @Type(() => LifelinesDto) lifelines?: LifelinesDto;
}

/** Members per team when the organizer gives neither a roster nor a cap. */
export const DEFAULT_MEMBER_CAP = 5;

export class CreateTeamDto {
  @ApiProperty({ example: '城东供电所' }) @IsString() @Length(1, 100) name!: string;
  @ApiPropertyOptional({ example: '东区' }) @IsOptional() @IsString() @Length(1, 100) group?: string;
  @ApiPropertyOptional({ type: [String], example: ['张三', '李四'], description: 'The names that may join (each gets a PIN); without it, anyone with the code up to memberCap' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  roster?: string[];
  @ApiPropertyOptional({ example: 5, description: `How many may join when there is no roster (default ${DEFAULT_MEMBER_CAP})` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5000)
  memberCap?: number;
}

export class CreateRoundDto {
  @ApiProperty({ example: '必答题' }) @IsString() @Length(1, 200) title!: string;
  @ApiProperty({ enum: ROUND_KINDS }) @IsIn([...ROUND_KINDS]) kind!: RoundKind;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @IsUUID('all', { each: true }) questionIds!: string[];
  @ApiProperty({ example: 30 }) @IsInt() @Min(5) @Max(7200) secondsPerQuestion!: number;
  @ApiPropertyOptional({ type: RoundSettingsDto }) @IsOptional() @ValidateNested() @Type(() => RoundSettingsDto) settings?: RoundSettingsDto;
}

export class AssignJudgeDto {
  @ApiProperty() @IsUUID('all') userId!: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() chief?: boolean;
}

