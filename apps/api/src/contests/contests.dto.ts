import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested,
} from 'class-validator';
import { ROUND_KINDS, type RoundKind } from '@jingsai/domain';
import { RESULT_VISIBILITIES, type ResultVisibility } from '@jingsai/scoring';
import { LifelinesDto } from './contest-settings.dto';
import { PaperSettingsDto } from '../papers/papers.dto';

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

export class RoundSettingsDto {
  @IsOptional() @IsInt() @Min(0) @Max(60000) graceMs?: number;
  @IsOptional() @IsNumber() @Min(0) @Max(10000) points?: number;
  @IsOptional() @IsNumber() @Min(0) @Max(10000) wrongPenalty?: number;
  @IsOptional() @IsNumber() @Min(0) @Max(10000) falseStartPenalty?: number;
  @IsOptional() @IsBoolean() passOnWrong?: boolean;
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsNumber({}, { each: true }) stakes?: number[];
  @IsOptional() @IsBoolean() stakeOncePerTeam?: boolean;
  @IsOptional() @IsIn(['sum', 'mean']) teamScore?: 'sum' | 'mean';
  @ApiPropertyOptional({ description: 'true: blanks need exact forms (no equal numbers in other notations, no forgiven units)' })
  @IsOptional() @IsBoolean() strict?: boolean;
  @ApiPropertyOptional({ enum: RESULT_VISIBILITIES, description: "When contestants learn results: 'immediately', 'after-close' (default for live rounds), 'after-round' (default for written)" })
  @IsOptional() @IsIn([...RESULT_VISIBILITIES]) resultVisibility?: ResultVisibility;
  @IsOptional() @IsObject() multiplePolicy?: { kind: 'all-or-nothing' } | { kind: 'partial'; share: number; wrongPoints?: number };
  @IsOptional() @IsInt() @Min(1) @Max(9) judgesPerAnswer?: number;
  @IsOptional() @IsIn(['mean', 'median', 'trimmed']) judgeRule?: 'mean' | 'median' | 'trimmed';
  @IsOptional() @IsNumber() @Min(0) maxSpread?: number;
  @ApiPropertyOptional({ description: '加赛: a tie-break round; its points only break ties' }) @IsOptional() @IsBoolean() tieBreak?: boolean;
  @ApiPropertyOptional({ type: [String], description: 'Tie-break round: the only teams that may answer (team ids)' })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) tieBreakTeams?: string[];
  @ApiPropertyOptional({ enum: ['all', 'in-turn'], description: "'in-turn': each question is assigned to one team when it opens" })
  @IsOptional() @IsIn(['all', 'in-turn']) assignment?: 'all' | 'in-turn';
  @ApiPropertyOptional({ type: PaperSettingsDto, description: 'Written rounds: each contestant draws a paper from the round questions' })
  @IsOptional() @ValidateNested() @Type(() => PaperSettingsDto) paper?: PaperSettingsDto;
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

