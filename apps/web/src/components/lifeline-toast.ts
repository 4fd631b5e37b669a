import type { LifelineUsedEvent } from '@jingsai/domain';
import type { Translate } from '../i18n/index';

/** "城东供电所 使用智囊团（剩余 1 次）". */
export function lifelineText(event: Pick<LifelineUsedEvent, 'teamName' | 'kind' | 'remaining'>, t: Translate): string {
  const kind = event.kind === 'think-tank' ? t('lifelineThinkTank') : event.kind;
  return t('lifelineUsedBy', { team: event.teamName, kind, n: event.remaining });
}
