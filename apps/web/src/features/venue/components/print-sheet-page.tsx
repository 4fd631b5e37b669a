import { Alert, Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useParams } from 'react-router-dom';
import { useMembers } from '../../members/api/get-members';
import { useContest } from '../../contests/api/get-contest';
import type { ContestTeam, TeamMembers } from '@jingsai/domain';
import { teamJoinUrl } from '../utils/join-url';
import { useLobby } from '../api/get-lobby';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoading } from '../../../components/page-loading';
import { QrImage } from '../../../components/qr-image';
import { useT } from '../../../i18n/index';
import './print-sheet.css';

/**
 * /console/contests/:id/print — one card per team: name, join code, QR code of the join link, each member's
 * name and PIN. Links use the address phones can reach (the server's PUBLIC_URL or LAN address), never this
 * browser's own (often localhost).
 */
export function PrintSheetPage() {
  const { contestId = '' } = useParams();
  const t = useT();
  const contest = useContest(contestId);
  const members = useMembers(contestId);
  const lobby = useLobby(contestId);
  if (contest.isLoading || members.isLoading || lobby.isLoading) return <PageLoading />;
  if (contest.isError || !contest.data) return <ErrorAlert error={contest.error} onRetry={() => void contest.refetch()} />;
  const joinBase = lobby.data?.joinBase ?? null;
  return (
    <div className="print-sheet">
      <div className="print-toolbar">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('print')}
        </Button>
      </div>
      {!joinBase && <Alert className="print-no-address" type="error" showIcon message={t('venueNoAddress')} description={t('venueNoAddressHint')} data-testid="print-no-address" />}
      <h1 className="print-title">
        {contest.data.title} · {t('printTitle')}
      </h1>
      {joinBase && <p className="print-wifi">{t('printWifiHint')}</p>}
      <div className="print-grid">
        {contest.data.teams.map((team) => (
          <TeamCard key={team.id} team={team} joinBase={joinBase} members={members.data?.teams.find((m) => m.teamId === team.id)} />
        ))}
      </div>
    </div>
  );
}

function TeamCard({ team, joinBase, members }: { team: ContestTeam; joinBase: string | null; members: TeamMembers | undefined }) {
  const t = useT();
  const joinUrl = joinBase && team.joinCode ? teamJoinUrl(joinBase, team.joinCode) : null;
  const people = (members?.members ?? []).filter((m) => !m.removed && m.pin);
  return (
    <section className="print-card" data-testid="print-card">
      <div className="print-team">{team.name}</div>
      {team.group && <div className="print-group">{team.group}</div>}
      {joinUrl && <QrImage className="print-qr" value={joinUrl} size={360} testId="print-qr" />}
      <div className="print-code-label">{t('joinCode')}</div>
      <div className="print-code">{team.joinCode ?? '—'}</div>
      <div className="print-hint">{members?.roster ? t('printHintRoster') : t('printHintCap', { n: members?.memberCap ?? team.memberCap ?? 0 })}</div>
      {joinUrl && <div className="print-url">{joinUrl}</div>}
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
