import type { RoundKind } from '@jingsai/domain';
import type { RoundEntity } from '../database/entities';
import { buzzerKind } from './buzzer/buzzer.kind';
import { requiredKind } from './required/required.kind';
import { riskKind } from './risk/risk.kind';
import type { RoundKindPlugin } from './round-kind.plugin';
import { speedKind } from './speed/speed.kind';
import { writtenKind, type PaperRound } from './written/written.kind';

// A Record over RoundKind: adding a kind to the domain fails to compile until its plug-in is listed.
const KINDS: Record<RoundKind, RoundKindPlugin> = {
  written: writtenKind,
  required: requiredKind,
  buzzer: buzzerKind,
  risk: riskKind,
  speed: speedKind,
};

export const ROUND_KIND_PLUGINS: readonly RoundKindPlugin[] = Object.values(KINDS);

export function roundKind(kind: RoundKind): RoundKindPlugin {
  const plugin = KINDS[kind];
  if (!plugin) throw new RangeError(`Unknown round kind: ${String(kind)}`);
  return plugin;
}

/** A round whose contestants each draw a paper (it opens as a whole, never question by question). */
export function isPaperRound(round: RoundEntity): round is PaperRound {
  return roundKind(round.kind).accepts.paper && Boolean(round.settings.paper);
}
