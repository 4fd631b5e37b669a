import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useMembers } from '../../api/member-hooks';
import { useContest } from '../../api/staff-hooks';
import type { ContestTeam, TeamMembers } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoading } from '../../components/page-loading';
import { useT } from '../../i18n';
import './print-sheet.css';

/** /console/contests/:id/print — one card per team: name, join code, QR code of the join link, each member's name and PIN. */
export function PrintSheetPage() {
  const { contestId = '' } = useParams();
  const t = useT();
  const contest = useContest(contestId);
  const members = useMembers(contestId);
  if (contest.isLoading || members.isLoading) return <PageLoading />;
  if (contest.isError || !contest.data) return <ErrorAlert error={contest.error} onRetry={() => void contest.refetch()} />;
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
          <TeamCard key={team.id} team={team} members={members.data?.teams.find((m) => m.teamId === team.id)} />
        ))}
      </div>
    </div>
  );
}

function TeamCard({ team, members }: { team: ContestTeam; members: TeamMembers | undefined }) {
  const t = useT();
  const joinUrl = `${window.location.origin}/join?code=${team.joinCode ?? ''}`;
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
  const people = (members?.members ?? []).filter((m) => !m.removed && m.pin);
  return (
    <section className="print-card" data-testid="print-card">
      <div className="print-team">{team.name}</div>
      {team.group && <div className="print-group">{team.group}</div>}
      {qr && <img className="print-qr" src={qr} alt={joinUrl} />}
      <div className="print-code-label">{t('joinCode')}</div>
      <div className="print-code">{team.joinCode ?? '—'}</div>
      <div className="print-hint">{members?.roster ? t('printHintRoster') : t('printHintCap', { n: members?.memberCap ?? team.memberCap ?? 0 })}</div>
      <div className="print-url">{joinUrl}</div>
      {people.length > 0 && (
        <table className="print-members" data-testid="print-members">
          <thead>
            <tr>
              <th>{t('memberName')}</th>
              <th>PIN</th>
            </tr>
          </thead>
          <tbody>
            {people.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td className="print-pin">{m.pin}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {people.length > 0 && <div className="print-pin-hint">{t('printPinHint')}</div>}
    </section>
  );
}
