import { Tag } from 'antd';
import { QUESTION_TYPE_LABELS, type QuestionType } from '@jingsai/domain';
import { useBilingual } from '../i18n/index';

const COLORS: Record<QuestionType, string> = { single: 'blue', multiple: 'purple', truefalse: 'cyan', blank: 'gold', short: 'magenta' };

export function QuestionTypeTag({ type }: { type: QuestionType }) {
  const pick = useBilingual();
  return <Tag color={COLORS[type]}>{pick(QUESTION_TYPE_LABELS[type])}</Tag>;
}
