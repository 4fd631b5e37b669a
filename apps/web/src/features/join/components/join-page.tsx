import { Alert, Button, Card, Typography } from 'antd';
import { TrophyFilled } from '@ant-design/icons';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { type PendingRejoin, keepSession, loadPending, savePending } from '../utils/join-session';
import type { JoinLookup, JoinResponse } from '@jingsai/domain';
import { tokenStore } from '../../../lib/token-store';
import { useLobby } from '../../venue/api/get-lobby';
import { LanguageSwitch } from '../../../components/language-switch';
import { useT } from '../../../i18n/index';
import { JoinCodeStep } from './join-code-step';
import { JoinNameStep } from './join-name-step';
import { RejoinPanel } from './rejoin-panel';
import { markJustJoined } from '../../play/components/member-pin';
import '../../play/components/play.css';

type Step = { kind: 'code' } | { kind: 'name'; joinCode: string; team: JoinLookup } | { kind: 'rejoin'; pending: PendingRejoin };

/**
 * /join: a join code alone (`?code=` from the entry sheet's QR: looked up at once), or the contest named by the big
 * screen's QR (`?contest=`) and then the team's code; the team confirmed, a name; a new phone for a name needs its
 * PIN or approval.
 */
export function JoinPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const lobby = useLobby(params.get('contest') ?? '');
  const contest = lobby.data ? { id: lobby.data.contestId, title: lobby.data.title } : null;
  const [step, setStep] = useState<Step>(() => {
    const pending = loadPending();
    return pending ? { kind: 'rejoin', pending } : { kind: 'code' };
  });
  const joined = (result: JoinResponse) => {
    keepSession(result);
    markJustJoined(result.contestant.contestId);
    navigate(`/play/${result.contestant.contestId}`);
  };
  const rejoin = (pending: PendingRejoin) => {
    savePending(pending);
    setStep({ kind: 'rejoin', pending });
  };
  const sessions = tokenStore.contestants().filter((s) => !contest || s.contestId === contest.id);

  return (
    <div className="play-shell">
      <header className="play-header">
        <span className="play-brand">
          <TrophyFilled style={{ color: '#f6c343', marginRight: 8 }} />
          {t('appName')}
        </span>
        <LanguageSwitch dark />
      </header>
      <main className="play-main">
        <Card title={t('joinTitle')} className="play-card">
          {step.kind === 'code' &&
            sessions.map(({ contestId, session }) => (
              <Alert
                key={contestId}
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                message={`${session.contestant.name}${session.contestant.teamName ? ` · ${session.contestant.teamName}` : ''}`}
                action={<Button size="small" type="primary" onClick={() => navigate(`/play/${contestId}`)}>{t('continue')}</Button>}
              />
            ))}
          {step.kind === 'code' && <JoinCodeStep initial={code} contest={contest} autoLookup={Boolean(code) && sessions.length === 0} onFound={(joinCode, team) => setStep({ kind: 'name', joinCode, team })} />}
          {step.kind === 'name' && <JoinNameStep joinCode={step.joinCode} team={step.team} onJoined={joined} onRejoin={rejoin} onBack={() => setStep({ kind: 'code' })} />}
          {step.kind === 'rejoin' && <RejoinPanel pending={step.pending} onJoined={joined} onPending={rejoin} onCancel={() => setStep({ kind: 'code' })} />}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
            Jingsai · 竞赛
          </Typography.Paragraph>
        </Card>
      </main>
    </div>
  );
}
