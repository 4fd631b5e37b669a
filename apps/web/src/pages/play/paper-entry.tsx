import { Button, Card, Tag } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import type { PaperRoundSummary } from '../../api/types';
import { useT } from '../../i18n';

interface Props {
  rounds: PaperRoundSummary[];
  onStart: (round: PaperRoundSummary, begin: boolean) => void;
}

/** The open paper windows: 开始答卷 (or continue a started paper); a handed-in paper shows 已交卷. */
export function PaperEntry({ rounds, onStart }: Props) {
  const t = useT();
  const open = rounds.filter((r) => r.status === 'open');
  if (open.length === 0) return null;
  return (
    <>
      {open.map((round) => {
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
            {!mine?.submittedAt && (
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
