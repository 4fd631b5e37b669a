import { App, Button, Card, Select, Space, Switch, Tooltip, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { useUpdateReportSettings } from '../api/update-report-settings';
import type { AnalysisReport } from '@jingsai/domain';
import { useStaffToken } from '../../auth/auth-context';
import { errorMessage } from '../../../lib/api-client';
import { downloadResults } from '../../contests/api/download-results';
import { useLang, useT } from '../../../i18n/index';
import { formatDateTime } from '../utils/analysis-format';

const COMMON_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Urumqi', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'UTC'];

function timeZones(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...COMMON_ZONES, ...all])];
}

/** The report's title and time, the big screen's option bar switch, the time zone, refresh, print, the workbook. */
export function AnalysisToolbar({ report, refreshing, onRefresh }: { report: AnalysisReport; refreshing: boolean; onRefresh: () => void }) {
  const t = useT();
  const [lang] = useLang();
  const { message } = App.useApp();
  const token = useStaffToken();
  const update = useUpdateReportSettings(report.contestId);
  const [downloading, setDownloading] = useState(false);
  const zones = useMemo(() => timeZones().map((zone) => ({ value: zone, label: zone })), []);
  const save = (patch: Parameters<typeof update.mutate>[0]) => update.mutate(patch, { onError: (error) => void message.error(errorMessage(error)) });
  const download = async () => {
    setDownloading(true);
    try {
      await downloadResults(report.contestId, token);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Card size="small" data-testid="analysis-toolbar">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space direction="vertical" size={0}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('anTitle')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="analysis-generated">
            {t('anGenerated', { at: formatDateTime(report.generatedAt, lang, report.settings.timeZone), zone: report.settings.timeZone })}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Tooltip title={t('anOnScreenHint')}>
            <Space size={6}>
              <Switch
                checked={report.settings.optionSharesOnScreen}
                loading={update.isPending && update.variables?.optionSharesOnScreen !== undefined}
                onChange={(on) => save({ optionSharesOnScreen: on })}
                data-testid="option-shares-switch"
              />
              <span>{t('anOnScreen')}</span>
            </Space>
          </Tooltip>
          <Tooltip title={t('anTimeZoneHint')}>
            <Select
              showSearch
              size="middle"
              style={{ width: 190 }}
              value={report.settings.timeZone}
              options={zones}
              onChange={(timeZone: string) => save({ timeZone })}
              aria-label={t('anTimeZone')}
              data-testid="time-zone"
            />
          </Tooltip>
          <Button icon={<ReloadOutlined />} loading={refreshing} onClick={onRefresh} data-testid="analysis-refresh">
            {t('anRefresh')}
          </Button>
          <Button icon={<PrinterOutlined />} href={`/console/contests/${report.contestId}/analysis/print`} target="_blank" data-testid="analysis-print">
            {t('anPrint')}
          </Button>
          <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()} data-testid="analysis-download">
            {t('anDownload')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
