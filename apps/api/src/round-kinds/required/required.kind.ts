import { requiredRoundRule } from '@jingsai/scoring';
import { plainRoundKind, type RoundKindPlugin } from '../round-kind.plugin';

/** 必答: every team (or, answered in turn, the question's team) answers the same question. */
export const requiredKind: RoundKindPlugin = { ...plainRoundKind, kind: 'required', rule: requiredRoundRule };
