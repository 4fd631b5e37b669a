import type { RevealedAnswer } from '@jingsai/domain';
import type { Translate } from '../i18n/index';

/** The revealed key as one line: "B", "A、C", "对", "优质 / 方便", or the reference answer. */
export function formatRevealed(revealed: RevealedAnswer, t: Translate): string {
  const { answer } = revealed;
  if (revealed.type === 'short') return revealed.reference ?? (typeof answer === 'string' ? answer : '');
  if (typeof answer === 'boolean') return answer ? t('trueLabel') : t('falseLabel');
  if (Array.isArray(answer)) return answer.join(revealed.type === 'blank' ? ' / ' : '、');
  return answer ?? '';
}
