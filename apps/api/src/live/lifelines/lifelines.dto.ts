import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import type { LifelineKind } from '@jingsai/domain';

export const LIFELINE_KINDS: readonly LifelineKind[] = ['think-tank'];

export class UseLifelineDto {
  @ApiProperty({ enum: LIFELINE_KINDS, example: 'think-tank' })
  @IsIn([...LIFELINE_KINDS], { message: 'kind 须为 think-tank / kind must be think-tank' })
  kind!: LifelineKind;
  @ApiProperty() @IsUUID('all', { message: 'questionId 无效 / questionId must be a UUID' }) questionId!: string;
}
