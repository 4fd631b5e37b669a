import { ROUND_KIND_LABELS } from '@jingsai/domain';
import type { RoundKindPlugin } from '../kind-plugin';
import { num } from '../num';
import { RequiredFields } from './required-fields';

/** 必答: every team answers the same question within the countdown (or one team per question, in turn). */
export const requiredKind: RoundKindPlugin = {
  kind: 'required',
  label: ROUND_KIND_LABELS.required,
  defaultVisibility: 'after-close',
  SettingsFields: RequiredFields,
  defaults: { assignment: 'all' },
  toSettings: (f) => ({ wrongPenalty: num(f.wrongPenalty), ...(f.assignment === 'in-turn' ? { assignment: 'in-turn' as const } : {}) }),
};
