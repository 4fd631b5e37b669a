import { Card, Col, Row, Statistic } from 'antd';
import type { AnalysisReport } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { pct } from '../utils/analysis-format';

/** Mean of the questions' facilities (the questions with a graded answer). */
export function meanFacility(report: AnalysisReport): number | null {
  const known = report.questions.map((q) => q.facility).filter((f): f is number => f !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

/** The report in five numbers. */
export function AnalysisSummary({ report }: { report: AnalysisReport }) {
  const t = useT();
  const graded = report.questions.reduce((sum, q) => sum + q.graded, 0);
  const flagged = report.questions.filter((q) => q.flags.length > 0).length;
  const stats = [
    { key: 'questions', title: t('anStatQuestions'), value: report.questions.length },
    { key: 'answers', title: t('anStatAnswers'), value: graded },
    { key: 'facility', title: t('anStatFacility'), value: pct(meanFacility(report)) },
    { key: 'flagged', title: t('anStatFlagged'), value: flagged, color: flagged ? '#d4380d' : undefined },
    { key: 'tags', title: t('anStatTags'), value: report.tags.length },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="analysis-summary">
      {stats.map((s) => (
        <Col key={s.key} flex="1 1 170px">
          <Card size="small">
            <Statistic title={s.title} value={s.value} valueStyle={s.color ? { color: s.color } : undefined} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
