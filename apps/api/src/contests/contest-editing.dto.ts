import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CONTEST_STATUSES, type ContestStatus } from '@jingsai/domain';

export class UpdateContestDto {
  @ApiPropertyOptional({ example: '2026年优质服务知识竞赛（决赛）' }) @IsOptional() @IsString() @Length(1, 200) title?: string;
  @ApiPropertyOptional({ enum: CONTEST_STATUSES, description: 'draft → running → finished → archived; a finished contest may run again' })
  @IsOptional()
  @IsIn([...CONTEST_STATUSES])
  status?: ContestStatus;
}

export class UpdateTeamDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 100) group?: string;
  @ApiPropertyOptional({ description: 'Members allowed (teams without a roster)' }) @IsOptional() @IsInt() @Min(1) @Max(5000) memberCap?: number;
}

export class UpdateRoundDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(5) @Max(7200) secondsPerQuestion?: number;
}

export class RenameBankDto {
  @ApiPropertyOptional() @IsString() @Length(1, 200) name!: string;
}
