import type { RoundKind } from '@jingsai/domain';
import { buzzerRoundRule } from './buzzer.round-rule';
import { requiredRoundRule } from './required.round-rule';
import { riskRoundRule } from './risk.round-rule';
import type { RoundRule } from './round-rule.types';
import { speedRoundRule } from './speed.round-rule';
import { writtenRoundRule } from './written.round-rule';

// A Record over RoundKind: adding a kind to the domain fails to compile until its rule exists.
const RULES: Record<RoundKind, RoundRule> = {
  written: writtenRoundRule,
  required: requiredRoundRule,
  buzzer: buzzerRoundRule,
  risk: riskRoundRule,
  speed: speedRoundRule,
};

export function roundRuleFor(kind: RoundKind): RoundRule {
  const rule = RULES[kind];
  if (!rule) throw new RangeError(`Unknown round kind: ${String(kind)}`);
  return rule;
}
