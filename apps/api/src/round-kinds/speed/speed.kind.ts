import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_SPEED_TIERS, speedRoundRule } from '@jingsai/scoring';
import { plainRoundKind, type RoundKindPlugin } from '../round-kind.plugin';

const BAD_TIERS = { message: '速答档位须为 1 到 10 个 0 至 1 之间的数 / speedTiers must be 1 to 10 numbers from 0 to 1' };

/**
 * 速答: every team may answer; right answers earn their points times the tier of their place among
 * the question's right answers (the rule in libs/scoring). The place is decided by the database's
 * order of arrival, so results describe an answer with the order of the question's graded answers.
 */
export const speedKind: RoundKindPlugin = {
  ...plainRoundKind,
  kind: 'speed',
  rule: speedRoundRule,
  needs: { stakes: false, answerOrder: true },
  settingsFields: {
    speedTiers: [
      ApiPropertyOptional({ type: [Number], example: DEFAULT_SPEED_TIERS, description: 'Speed rounds: share of the points for the 1st, 2nd, … right answer' }),
      IsOptional(),
      IsArray(BAD_TIERS),
      ArrayMinSize(1, BAD_TIERS),
      ArrayMaxSize(10, BAD_TIERS),
      IsNumber({ allowNaN: false, allowInfinity: false }, { each: true, ...BAD_TIERS }),
      Min(0, { each: true, ...BAD_TIERS }),
      Max(1, { each: true, ...BAD_TIERS }),
    ],
  },
  withDefaults: (settings) => (settings.speedTiers ? settings : { ...settings, speedTiers: [...DEFAULT_SPEED_TIERS] }),
};
