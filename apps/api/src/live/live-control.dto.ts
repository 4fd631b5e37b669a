import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min, NotEquals } from 'class-validator';

export class BuzzDto {
  @ApiProperty() @IsUUID('all', { message: 'questionId 无效 / questionId must be a UUID' }) questionId!: string;
}

export class StakeDto {
  @ApiProperty() @IsUUID('all', { message: 'questionId 无效 / questionId must be a UUID' }) questionId!: string;
  @ApiProperty({ example: 20 }) @IsNumber({}, { message: '分值必须是数字 / points must be a number' }) points!: number;
}

export class AdjustmentDto {
  @ApiProperty() @IsUUID('all', { message: 'teamId 无效 / teamId must be a UUID' }) teamId!: string;
  @ApiProperty({ example: -5 })
  @IsNumber({}, { message: '分值必须是数字 / points must be a number' })
  @NotEquals(0, { message: '调整分值不能为 0 / points must not be 0' })
  @Min(-100000)
  @Max(100000)
  points!: number;
  @ApiProperty({ example: '现场违规扣分' })
  @IsString({ message: '请填写调整原因 / reason is required' })
  @Length(1, 500, { message: '调整原因须为 1–500 字 / reason must be 1–500 characters' })
  reason!: string;
}

export class FreezeDto {
  @ApiPropertyOptional({ description: 'Freeze the last N minutes before endsAt; omit both to freeze now' })
  @IsOptional()
  @IsInt({ message: '分钟数必须是整数 / minutes must be an integer' })
  @Min(1)
  @Max(1440)
  minutes?: number;
  @ApiPropertyOptional({ description: 'ISO time the contest ends (with minutes)' })
  @IsOptional()
  @IsISO8601({}, { message: 'endsAt 须为 ISO 时间 / endsAt must be an ISO 8601 time' })
  endsAt?: string;
}

export class ExtendDto {
  @ApiProperty({ example: 30, description: 'Seconds to add to the deadline (negative shortens it)' })
  @IsInt({ message: '秒数必须是整数 / seconds must be an integer' })
  @NotEquals(0, { message: '秒数不能为 0 / seconds must not be 0' })
  @Min(-3600)
  @Max(3600)
  seconds!: number;
}

export class OpenQuestionDto {
  @ApiPropertyOptional({ description: 'Rounds answered in turn: the team that answers this question (default: the next in turn)' })
  @IsOptional()
  @IsUUID('all', { message: 'teamId 无效 / teamId must be a UUID' })
  teamId?: string;
  @ApiPropertyOptional({ description: 'Open a question that has ended (not yet revealed) again: answers given stay, teams that have not answered may answer' })
  @IsOptional()
  @IsBoolean()
  reopen?: boolean;
}
