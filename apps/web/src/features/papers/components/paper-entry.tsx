import { Button, Card, Tag } from 'antd';
import { AuditOutlined, FileTextOutlined } from '@ant-design/icons';
import type { PaperRoundSummary } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

interface Props {
  rounds: PaperRoundSummary[];
  onStart: (round: PaperRoundSummary, begin: boolean) => void;
}

/** The open paper windows: 开始答卷 (or continue a started paper); a handed-in or collected paper: its results and 申诉. */
export function PaperEntry({ rounds, onStart }: Props) {
  const t = useT();
  const shown = rounds.filter((r) => r.status === 'open' || (r.status === 'closed' && r.myPaper));
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((round) => {
        const mine = round.myPaper ?? null;
        return (
          <Card key={round.roundId} className="play-card" size="small" data-testid="paper-entry">
            <div className="paper-entry">
              <FileTextOutlined className="paper-entry-icon" />
              <div style={{ flex: 1 }}>
                <div className="play-team-name">{round.title}</div>
                <div style={{ color: '#667', fontSize: 13 }}>{t('paperInfo', { n: round.questionCount, minutes: round.minutes })}</div>
              </div>
              {mine?.submittedAt && <Tag color="green">{t('paperSubmitted')}</Tag>}
            </div>
            {mine && (mine.submittedAt || round.status === 'closed') && (
              <Button type="link" block icon={<AuditOutlined />} onClick={() => onStart(round, false)} data-testid="paper-results-open">
                {t('paperViewResults')}
              </Button>
            )}
            {!mine?.submittedAt && round.status === 'open' && (
              <Button type="primary" block size="large" style={{ marginTop: 12, height: 52, fontSize: 18 }} onClick={() => onStart(round, !mine)} data-testid="paper-start">
                {mine ? t('paperContinue') : t('paperStart')}
              </Button>
            )}
          </Card>
        );
      })}
    </>
  );
}
