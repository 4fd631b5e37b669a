import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { writtenRoundRule } from '@jingsai/scoring';
import { AppError } from '../../common/app-error';
import type { RoundEntity } from '../../database/entities';
import { plainRoundKind, type RoundKindPlugin } from '../round-kind.plugin';
import { drawProblem } from './paper-draw';
import { PaperSettingsDto } from './paper-settings.dto';

/** 笔答: every contestant answers; a round with a paper has each contestant draw their own from its questions. */
export const writtenKind: RoundKindPlugin = {
  ...plainRoundKind,
  kind: 'written',
  rule: writtenRoundRule,
  accepts: { buzz: false, stake: false, paper: true },
  settingsFields: {
    teamScore: [IsOptional(), IsIn(['sum', 'mean'])],
    paper: [
      ApiPropertyOptional({ type: PaperSettingsDto, description: 'Written rounds: each contestant draws a paper from the round questions' }),
      IsOptional(),
      ValidateNested(),
      Type(() => PaperSettingsDto),
    ],
  },
  checkSettings(settings, round) {
    if (!settings.paper) return;
    // A paper round's questions are the pool each contestant's paper is drawn from.
    if (!round.accepts.paper) throw new AppError('PAPER_ONLY_WRITTEN');
    const problem = drawProblem(round.questions, settings.paper.draw);
    if (problem) throw AppError.detailed('PAPER_DRAW_INVALID', problem);
  },
  // With teamScore 'mean' each answer counts its share of the team's mean.
  countedPoints: (points, settings, teamSize) => (settings.teamScore === 'mean' ? points / Math.max(teamSize, 1) : points),
};

/** A written round whose contestants each draw a paper. */
export type PaperRound = RoundEntity & { settings: { paper: NonNullable<RoundEntity['settings']['paper']> } };
