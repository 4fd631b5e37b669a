import { Alert, Col, Row, Space } from 'antd';
import { useAnalysis } from '../api/get-analysis';
import type { ContestDetails } from '@jingsai/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoading } from '../../../components/page-loading';
import { useT } from '../../../i18n/index';
import { AnalysisSummary } from './analysis-summary';
import { AnalysisToolbar } from './analysis-toolbar';
import { ContestantTable } from './contestant-table';
import { HeatmapPanel } from './heatmap-panel';
import { ItemsTable } from './items-table';
import { OptionsPanel } from './options-panel';
import { RankPathsPanel } from './rank-paths-panel';
import { TeamTable } from './team-table';

/** 分析: the 竞赛分析报告 of a running or finished contest (GET /contests/:id/analysis). */
export function AnalysisTab({ contest }: { contest: ContestDetails }) {
  const t = useT();
  const analysis = useAnalysis(contest.id);
  if (analysis.isLoading) return <PageLoading />;
  if (analysis.isError || !analysis.data) return <ErrorAlert error={analysis.error} onRetry={() => void analysis.refetch()} />;
  const report = analysis.data;
  const graded = report.questions.some((q) => q.graded > 0);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="analysis-tab">
      <AnalysisToolbar report={report} refreshing={analysis.isFetching} onRefresh={() => void analysis.refetch()} />
      {!graded && <Alert type="info" showIcon message={t('anNoGraded')} description={t('anDraftHint')} />}
      <AnalysisSummary report={report} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <HeatmapPanel report={report} />
        </Col>
        <Col xs={24} xl={10}>
          <OptionsPanel report={report} />
        </Col>
      </Row>
      <RankPathsPanel report={report} />
      <ItemsTable report={report} />
      <TeamTable report={report} />
      <ContestantTable report={report} />
    </Space>
  );
}
