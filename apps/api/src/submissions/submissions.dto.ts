import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import type { AnswerValue } from '@jingsai/domain';

export class SubmitAnswerDto {
  @ApiProperty() @IsUUID('all') questionId!: string;
  @ApiProperty({ description: "single 'B' · multiple ['A','C'] · truefalse true|false · blank ['优质','方便'] · short '…'", oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }, { type: 'boolean' }] })
  @IsDefined()
  answer!: AnswerValue;
  @ApiPropertyOptional({ description: 'Idempotency key chosen by the client: a retry with the same key returns the same submission' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  @Matches(/^[\w.:-]+$/, { message: 'clientKey 只能包含字母、数字和 _.:- / clientKey may contain letters, digits and _.:- only' })
  clientKey?: string;
}
