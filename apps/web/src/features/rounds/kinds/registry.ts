/** The round kinds the web knows, in the order the console offers them: one line per kind. */
import { buzzerKind } from './buzzer';
import type { RoundKind } from '@jingsai/domain';
import type { RoundKindPlugin } from './kind-plugin';
import { requiredKind } from './required';
import { riskKind } from './risk';
import { speedKind } from './speed';
import { writtenKind } from './written';

export const ROUND_KIND_PLUGINS: Record<RoundKind, RoundKindPlugin> = {
  written: writtenKind,
  required: requiredKind,
  buzzer: buzzerKind,
  risk: riskKind,
  speed: speedKind,
};

export const KNOWN_ROUND_KINDS = Object.keys(ROUND_KIND_PLUGINS) as RoundKind[];

/** A kind's plug-in; a kind this web does not know behaves like 必答 (everyone answers). */
export function roundKindOf(kind: string | null | undefined): RoundKindPlugin {
  return (kind && ROUND_KIND_PLUGINS[kind as RoundKind]) || requiredKind;
}
