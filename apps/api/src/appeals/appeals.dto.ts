import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min, ValidateIf } from 'class-validator';

export class FileAppealDto {
  @ApiProperty({ example: '答案“24”与“24小时”意思相同' })
  @IsString()
  @Length(1, 500, { message: '申诉理由须为 1–500 字 / reason must be 1–500 characters' })
  reason!: string;
}

export class DecideAppealDto {
  @ApiProperty() @IsBoolean() accept!: boolean;
  @ApiPropertyOptional({ description: 'The new score when accepting (0 … the question\'s points)' })
  @ValidateIf((dto: DecideAppealDto) => dto.accept === true)
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '接受申诉须给出新分数 / accepting needs the new score' })
  @Min(0)
  @Max(10000)
  score?: number;
  @ApiProperty({ example: '单位已在题干中给出，予以认可' })
  @IsString()
  @Length(1, 500, { message: '请填写答复（1–500 字） / reply must be 1–500 characters' })
  reply!: string;
}

export class AppealSettingsDto {
  @ApiPropertyOptional({ description: 'Minutes after a question ends (a paper is handed in) to appeal; null = until the next question opens (papers: 10)', nullable: true })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(1440)
  windowMinutes?: number | null;
  @ApiPropertyOptional({ description: 'The big screen shows 申诉处理中 beside a team with an open appeal' })
  @IsOptional()
  @IsBoolean()
  showOnScreen?: boolean;
}
