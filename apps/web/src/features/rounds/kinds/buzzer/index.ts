import { ROUND_KIND_LABELS } from '@jingsai/domain';
import type { RoundKindPlugin } from '../kind-plugin';
import { num } from '../num';
import { BuzzOrderStatus } from './buzz-order-status';
import { BuzzPhonePanel } from './buzz-phone-panel';
import { buzzViewOf } from './buzz-state';
import { BuzzerFields } from './buzzer-fields';

/** 抢答: after the question opens the first team to buzz wins the right to answer; a wrong answer can cost points. */
export const buzzerKind: RoundKindPlugin = {
  kind: 'buzzer',
  label: ROUND_KIND_LABELS.buzzer,
  defaultVisibility: 'after-close',
  SettingsFields: BuzzerFields,
  defaults: { passOnWrong: true },
  toSettings: (f) => ({ wrongPenalty: num(f.wrongPenalty), falseStartPenalty: num(f.falseStartPenalty), passOnWrong: f.passOnWrong ?? false }),
  ConsolePanel: BuzzOrderStatus,
  PhonePanel: BuzzPhonePanel,
  mayAnswer: (view, teamId) => buzzViewOf(view.buzz, teamId).myTurn,
};
