import { Button, Space } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { useAnalysis } from '../api/get-analysis';
import { ErrorAlert } from '../../../components/error-alert';
import { LanguageSwitch } from '../../../components/language-switch';
import { PageLoading } from '../../../components/page-loading';
import { useLang, useT } from '../../../i18n/index';
import { heatRows, PATH_TEAMS, teamsByRank } from '../utils/analysis-rows';
import { formatDateTime, pct } from '../utils/analysis-format';
import { meanFacility } from './analysis-summary';
import { PrintItems, PrintOptions, PrintRoundLegend, PrintStandings } from './print-sections';
import { RankPathsChart } from './rank-paths-chart';
import { TagHeatmapChart } from './tag-heatmap-chart';
import './analysis-print.css';

/** /console/contests/:id/analysis/print — the report on A4 pages, for the browser's "save as PDF". */
export function AnalysisPrintPage() {
  const { contestId = '' } = useParams();
  const t = useT();
  const [lang] = useLang();
  const analysis = useAnalysis(contestId);
  const report = analysis.data;
  const rows = useMemo(() => (report ? heatRows(report, 'teams', t('anOverall')) : []), [report, t]);
  if (analysis.isLoading) return <PageLoading />;
  if (analysis.isError || !report) return <ErrorAlert error={analysis.error} onRetry={() => void analysis.refetch()} />;
  const flagged = report.questions.filter((q) => q.flags.length > 0);
  const summary = [
    [t('anStatQuestions'), report.questions.length],
    [t('anStatAnswers'), report.questions.reduce((sum, q) => sum + q.graded, 0)],
    [t('anStatFacility'), pct(meanFacility(report))],
    [t('anStatFlagged'), flagged.length],
    [t('anStatTags'), report.tags.length],
  ];
  return (
    <div className="an-print" data-testid="analysis-print">
      <div className="an-print-toolbar">
        <Space>
          <LanguageSwitch />
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('print')}
          </Button>
        </Space>
      </div>
      <h1>{report.title}</h1>
      <div className="an-print-subtitle">
        {t('anPrintTitle')} · {t('anGenerated', { at: formatDateTime(report.generatedAt, lang, report.settings.timeZone), zone: report.settings.timeZone })}
      </div>
      <div className="an-print-summary">
        {summary.map(([label, value]) => (
          <div key={String(label)}>
            <div className="an-print-stat">{value}</div>
            <div className="an-print-stat-label">{label}</div>
          </div>
        ))}
      </div>
      <section className="an-print-section">
        <h2>{t('anHeatmap')}</h2>
        {report.tags.length > 0 && <TagHeatmapChart tags={report.tags.map((x) => x.tag)} rows={rows} />}
      </section>
      <section className="an-print-section">
        <h2>{t('anRankPaths')}</h2>
        <RankPathsChart report={report} teams={teamsByRank(report).slice(0, PATH_TEAMS)} height={300} />
      </section>
      <h2>{t('anFlaggedList')}</h2>
      <PrintRoundLegend report={report} />
      {flagged.length === 0 ? <p>{t('anNoFlags')}</p> : <PrintItems report={{ ...report, questions: flagged }} />}
      <h2>{t('anItems')}</h2>
      <PrintItems report={report} />
      <h2>{t('anOptions')}</h2>
      <PrintOptions report={report} />
      <PrintStandings report={report} />
    </div>
  );
}
