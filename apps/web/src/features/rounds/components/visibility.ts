import type { ContestRound, ResultVisibility } from '@jingsai/domain';
import type { MessageKey } from '../../../i18n/index';
import { roundKindOf } from '../kinds/registry';

export const VISIBILITY_LABELS: Record<ResultVisibility, MessageKey> = {
  immediately: 'visibilityImmediately',
  'after-close': 'visibilityAfterClose',
  'after-round': 'visibilityAfterRound',
};

/** What the server does when a round does not say: the kind's default (written papers at the round's end, live questions at close). */
export function visibilityOf(round: Pick<ContestRound, 'kind' | 'settings'>): ResultVisibility {
  return round.settings?.resultVisibility ?? roundKindOf(round.kind).defaultVisibility;
}
