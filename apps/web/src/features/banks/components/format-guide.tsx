import { Button, Collapse, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/index';

/** Examples are the papers' own text: the same in both languages. */
const EXAMPLES = {
  answerLine: ['1.客户服务热线号码是（ ）。', 'A.95598 B.95588 C.12345', '答案：A'],
  answerStem: ['1.供电方案答复期限不超过（ B ）个工作日。', '2.应提前7天向社会公告。（√）', '3.应在（24小时）内到达现场。'],
  answerKey: ['…全部试题…', '参考答案', '一、单项选择题：1-5 BCADB', '二、判断题：√×√√'],
  numbering: ['1. 1、 1． (1) （1） ① 第1题', 'A. A、 A． (A) Ａ． 选项同行或分行'],
};

/** Beside the paste box: what the parser reads, one example each, and the templates to start from. */
export function FormatGuide() {
  const t = useT();
  const example = (lines: string[]) => (
    <pre style={{ margin: '4px 0 8px', padding: '4px 8px', background: '#f6f8fa', borderRadius: 4, fontSize: 12, whiteSpace: 'pre-wrap' }}>{lines.join('\n')}</pre>
  );
  return (
    <div data-testid="format-guide">
      <Space wrap style={{ marginBottom: 8 }}>
        <Button size="small" icon={<DownloadOutlined />} href="/api/banks/templates/question-bank.txt" download data-testid="template-txt">
          {t('templateText')}
        </Button>
        <Button size="small" icon={<DownloadOutlined />} href="/api/banks/templates/question-bank.xlsx" download data-testid="template-xlsx">
          {t('templateXlsx')}
        </Button>
      </Space>
      <Collapse
        size="small"
        items={[
          {
            key: 'guide',
            label: t('formatGuide'),
            children: (
              <div style={{ fontSize: 13 }}>
                <Typography.Text strong>{t('guideAnswerLine')}</Typography.Text>
                {example(EXAMPLES.answerLine)}
                <Typography.Text strong>{t('guideAnswerStem')}</Typography.Text>
                {example(EXAMPLES.answerStem)}
                <Typography.Text strong>{t('guideAnswerKey')}</Typography.Text>
                {example(EXAMPLES.answerKey)}
                <Typography.Text strong>{t('guideNumbering')}</Typography.Text>
                {example(EXAMPLES.numbering)}
                <Typography.Paragraph style={{ marginBottom: 4 }}>{t('guideWord')}</Typography.Paragraph>
                <Typography.Paragraph style={{ marginBottom: 0 }}>{t('guideExcel')}</Typography.Paragraph>
              </div>
            ),
          },
        ]}
      />
    </div>
  );
}
