import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';

export class LifelinesDto {
  @ApiProperty({ example: 2, description: '智囊团 (think-tank) consultations per team for the whole contest' })
  @IsInt({ message: '智囊团次数须为整数 / thinkTank must be an integer' })
  @Min(0)
  @Max(100)
  thinkTank!: number;
}

export class UpdateContestSettingsDto {
  @ApiPropertyOptional({ type: LifelinesDto }) @IsOptional() @ValidateNested() @Type(() => LifelinesDto) lifelines?: LifelinesDto;
  @ApiPropertyOptional({ example: 100 }) @IsOptional() @IsNumber() @Min(-100000) @Max(100000) baseScore?: number;
}
