import { ROUND_KIND_LABELS } from '@jingsai/domain';
import type { RoundKindPlugin } from '../kind-plugin';
import { toPaperSettings } from './paper-settings';
import { WrittenFields } from './written-fields';

/** 笔答/个人赛: every contestant answers a paper within a time limit; the team scores the sum or mean of its members. */
export const writtenKind: RoundKindPlugin = {
  kind: 'written',
  label: ROUND_KIND_LABELS.written,
  defaultVisibility: 'after-round',
  SettingsFields: WrittenFields,
  defaults: { teamScore: 'sum', paperEnabled: false, paperDraw: [{ count: 10 }], paperMinutes: 30, paperShuffle: true },
  toSettings: (f) => ({ teamScore: f.teamScore, ...(f.paperEnabled ? { paper: toPaperSettings(f) } : {}) }),
};
