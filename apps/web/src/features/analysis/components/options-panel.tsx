import { Card, Empty, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { AnalysisReport } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { choiceQuestions, questionPlace } from '../utils/analysis-rows';
import { FLAG_COLOR, FLAG_TEXT } from '../utils/analysis-format';
import { OptionBarsChart } from './option-bars-chart';

/** The option distribution of one choice question, a flagged one first. */
export function OptionsPanel({ report }: { report: AnalysisReport }) {
  const t = useT();
  const choices = useMemo(() => choiceQuestions(report), [report]);
  const first = choices.find((q) => q.options?.some((o) => o.flags.length > 0)) ?? choices[0];
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const question = choices.find((q) => q.questionId === picked) ?? first;
  return (
    <Card title={t('anOptions')} data-testid="analysis-options">
      {!question ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('anNoChoice')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Select
            style={{ width: '100%' }}
            value={question.questionId}
            onChange={setPicked}
            showSearch
            optionFilterProp="label"
            options={choices.map((q) => ({ value: q.questionId, label: `${questionPlace(report, q)}　${q.stem}` }))}
            data-testid="options-question"
          />
          <Typography.Text type="secondary">
            {t('anAnswers', { n: question.answered })} · {t('anOptionsHint')}
          </Typography.Text>
          <OptionBarsChart options={question.options ?? []} />
          <Space wrap size={[4, 4]}>
            {question.flags.map((flag) => (
              <Tag key={flag} color={FLAG_COLOR[flag]}>
                {t(FLAG_TEXT[flag])}
              </Tag>
            ))}
          </Space>
        </Space>
      )}
    </Card>
  );
}
