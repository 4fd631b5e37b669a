import type { AnswerValue, QuestionType } from '@jingsai/domain';
import type { Translate } from '../../../i18n/index';

/** A team's answer as one line: "B", "A、C", "对", "95598 / 24小时" (blanks), or the text of a short answer. */
export function formatAnswer(answer: AnswerValue | null, type: QuestionType, t: Translate): string {
  if (answer === null) return '—';
  if (typeof answer === 'boolean') return answer ? t('trueLabel') : t('falseLabel');
  if (Array.isArray(answer)) return answer.join(type === 'blank' ? ' / ' : '、');
  return answer;
}
