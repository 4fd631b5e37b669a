import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin' }) @IsString() @Length(1, 64) username!: string;
  @ApiProperty({ example: 'admin123' }) @IsString() @Length(1, 200) password!: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'judge1' })
  @IsString()
  @Length(2, 64)
  @Matches(/^[\p{L}\p{N}_.-]+$/u, { message: '用户名只能包含字母、数字、_.- / username may contain letters, digits and _.- only' })
  username!: string;
  @ApiProperty({ example: 'secret123' })
  @IsString()
  @Length(6, 200, { message: '密码须为 6–200 个字符 / password must be 6–200 characters' })
  password!: string;
  @ApiProperty({ enum: ['organizer', 'judge'] }) @IsIn(['organizer', 'judge']) role!: 'organizer' | 'judge';
}

export class ResetPasswordDto {
  @ApiProperty({ example: 'temp-pass-1', description: 'A temporary password: the account must set its own at the next sign-in' })
  @IsString()
  @Length(6, 200, { message: '密码须为 6–200 个字符 / password must be 6–200 characters' })
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @Length(1, 200) currentPassword!: string;
  @ApiProperty({ description: 'At least 8 characters' })
  @IsString()
  @Length(8, 200, { message: '新密码须为 8–200 个字符 / newPassword must be 8–200 characters' })
  newPassword!: string;
}
