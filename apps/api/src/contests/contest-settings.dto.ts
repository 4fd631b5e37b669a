import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsUrl, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';

export class LifelinesDto {
  @ApiProperty({ example: 2, description: '智囊团 (think-tank) consultations per team for the whole contest' })
  @IsInt({ message: '智囊团次数须为整数 / thinkTank must be an integer' })
  @Min(0)
  @Max(100)
  thinkTank!: number;
}

export class VenueSettingsDto {
  @ApiPropertyOptional({ example: false, description: 'The big screen\'s lobby shows each team\'s join code' })
  @IsOptional()
  @IsBoolean({ message: 'showJoinCodes 须为 true 或 false / showJoinCodes must be true or false' })
  showJoinCodes?: boolean;

  @ApiPropertyOptional({ example: 'http://192.168.1.23:3000', nullable: true, description: 'The address phones use, one of GET /api/venue\'s (null: the first)' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @MaxLength(300)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'joinUrl 须为 http(s) 地址 / joinUrl must be an http(s) address' })
  joinUrl?: string | null;
}

export class UpdateContestSettingsDto {
  @ApiPropertyOptional({ type: LifelinesDto }) @IsOptional() @ValidateNested() @Type(() => LifelinesDto) lifelines?: LifelinesDto;
  @ApiPropertyOptional({ example: 100, description: '基础分: every team starts with it' }) @IsOptional() @IsNumber() @Min(-100000) @Max(100000) baseScore?: number;
  @ApiPropertyOptional({ enum: ['sum', 'mean'], description: 'Group totals: the mean of the group\'s teams (default) or their sum' })
  @IsOptional()
  @IsIn(['sum', 'mean'], { message: 'groupScore 须为 sum 或 mean / groupScore must be sum or mean' })
  groupScore?: 'sum' | 'mean';
  @ApiPropertyOptional({ type: VenueSettingsDto }) @IsOptional() @ValidateNested() @Type(() => VenueSettingsDto) venue?: VenueSettingsDto;
}
