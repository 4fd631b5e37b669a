import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { RESULT_VISIBILITIES, type ResultVisibility } from '@jingsai/scoring';
import { ROUND_KIND_PLUGINS } from './registry';

/** A round's settings: the fields every kind shares here, each kind's own fields from its plug-in (below). */
export class RoundSettingsDto {
  @IsOptional() @IsInt() @Min(0) @Max(60000) graceMs?: number;
  @IsOptional() @IsNumber() @Min(0) @Max(10000) points?: number;
  /** Buzzer and required rounds: points lost for a wrong answer. */
  @IsOptional() @IsNumber() @Min(0) @Max(10000) wrongPenalty?: number;
  @ApiPropertyOptional({ description: 'true: blanks need exact forms (no equal numbers in other notations, no forgiven units)' })
  @IsOptional() @IsBoolean() strict?: boolean;
  @ApiPropertyOptional({ enum: RESULT_VISIBILITIES, description: "When contestants learn results: 'immediately', 'after-close' (default for live rounds), 'after-round' (default for written)" })
  @IsOptional() @IsIn([...RESULT_VISIBILITIES]) resultVisibility?: ResultVisibility;
  @IsOptional() @IsObject() multiplePolicy?: { kind: 'all-or-nothing' } | { kind: 'partial'; share: number; wrongPoints?: number };
  @IsOptional() @IsInt() @Min(1) @Max(9) judgesPerAnswer?: number;
  @IsOptional() @IsIn(['mean', 'median', 'trimmed']) judgeRule?: 'mean' | 'median' | 'trimmed';
  @IsOptional() @IsNumber() @Min(0) maxSpread?: number;
  @ApiPropertyOptional({ description: '加赛: a tie-break round; its points only break ties' }) @IsOptional() @IsBoolean() tieBreak?: boolean;
  @ApiPropertyOptional({ type: [String], description: 'Tie-break round: the only teams that may answer (team ids)' })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) tieBreakTeams?: string[];
  @ApiPropertyOptional({ enum: ['all', 'in-turn'], description: "'in-turn': each question is assigned to one team when it opens" })
  @IsOptional() @IsIn(['all', 'in-turn']) assignment?: 'all' | 'in-turn';
}

// Each kind declares its own fields with their checks; decorating them here lets the one validation pipe
// (whitelist, no unknown fields) know every kind's settings without this file naming any kind.
for (const plugin of ROUND_KIND_PLUGINS) {
  for (const [field, decorators] of Object.entries(plugin.settingsFields)) {
    for (const decorate of decorators) decorate(RoundSettingsDto.prototype, field);
  }
}
