import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class JoinDto {
  @ApiProperty({ example: 'K7M2QX' }) @IsString() @Length(4, 16) joinCode!: string;
  @ApiProperty({ example: '张三' }) @IsString() @Length(1, 50) name!: string;
  @ApiPropertyOptional({ description: 'A random secret the phone keeps: joining again with it is the same member on the same phone' })
  @IsOptional()
  @IsString()
  @Length(16, 128)
  secret?: string;
  @ApiPropertyOptional({ description: "The member's PIN (entry sheet or console): continues on a new phone" })
  @IsOptional()
  @Matches(/^\s*\d{4,8}\s*$/, { message: 'PIN 为数字 / pin must be digits' })
  pin?: string;
}

export class ClaimDto {
  @ApiProperty() @IsString() @Length(16, 128) secret!: string;
}

export class DecisionDto {
  @ApiProperty() @IsBoolean() approve!: boolean;
}

export class RosterDto {
  @ApiProperty({ type: [String], example: ['张三', '李四', '王五'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(50, { each: true, message: '姓名最多 50 个字 / names are at most 50 characters' })
  names!: string[];
}
