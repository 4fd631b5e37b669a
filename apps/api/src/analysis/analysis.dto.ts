import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

export class UpdateReportSettingsDto {
  @ApiPropertyOptional({ description: 'The big screen shows the share of each option once a choice question has closed (default false)' })
  @IsOptional()
  @IsBoolean()
  optionSharesOnScreen?: boolean;

  @ApiPropertyOptional({ example: 'Asia/Shanghai', description: 'IANA time zone of the dates in results.xlsx (default Asia/Shanghai)' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  timeZone?: string;
}
