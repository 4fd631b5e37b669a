import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useContest } from '../../api/staff-hooks';
import type { ContestTeam } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoading } from '../../components/page-loading';
import { useT } from '../../i18n';
import './print-sheet.css';

/** /console/contests/:id/print — one card per team: name, join code, QR code of the join URL. */
export function PrintSheetPage() {
  const { contestId = '' } = useParams();
  const t = useT();
  const contest = useContest(contestId);
  if (contest.isLoading) return <PageLoading />;
  if (contest.isError || !contest.data) return <ErrorAlert error={contest.error} onRetry={() => void contest.refetch()} />;
  const joinUrl = `${window.location.origin}/join?contest=${contest.data.id}`;
  return (
    <div className="print-sheet">
      <div className="print-toolbar">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('print')}
        </Button>
      </div>
      <h1 className="print-title">
        {contest.data.title} · {t('printTitle')}
      </h1>
      <div className="print-grid">
        {contest.data.teams.map((team) => (
          <TeamCard key={team.id} team={team} joinUrl={joinUrl} />
        ))}
      </div>
    </div>
  );
}

function TeamCard({ team, joinUrl }: { team: ContestTeam; joinUrl: string }) {
  const t = useT();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toDataURL(joinUrl, { margin: 1, width: 220, errorCorrectionLevel: 'M' })
      .then((url) => !cancelled && setQr(url))
      .catch(() => !cancelled && setQr(null));
    return () => {
      cancelled = true;
    };
  }, [joinUrl]);
  return (
    <section className="print-card" data-testid="print-card">
      <div className="print-team">{team.name}</div>
      {team.group && <div className="print-group">{team.group}</div>}
      {qr && <img className="print-qr" src={qr} alt={joinUrl} />}
      <div className="print-code-label">{t('joinCode')}</div>
      <div className="print-code">{team.joinCode ?? '—'}</div>
      <div className="print-hint">{t('printHint')}</div>
      <div className="print-url">{joinUrl}</div>
    </section>
  );
}
