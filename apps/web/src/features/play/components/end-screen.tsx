import { Card, Result, Statistic } from 'antd';
import { TrophyFilled } from '@ant-design/icons';
import type { Leaderboard } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

/** The contest has finished: the team's final place and score, as the board shows them. */
export function EndScreen({ board, teamId }: { board: Leaderboard | null; teamId: string }) {
  const t = useT();
  const row = board?.rows.find((r) => r.teamId === teamId);
  const teams = board?.rows.length ?? 0;
  return (
    <Card className="play-card" data-testid="end-screen">
      <Result
        icon={<TrophyFilled style={{ color: row && row.rank <= 3 ? '#f6c343' : '#1d5fd6' }} />}
        title={t('contestFinished')}
        subTitle={board?.frozen ? t('finalAfterReveal') : t('contestFinishedText')}
        extra={
          row ? (
            <div className="play-end-stats">
              <Statistic title={t('finalRank')} value={row.rank} suffix={`/ ${teams}`} />
              <Statistic title={t('finalScore')} value={row.score} />
            </div>
          ) : null
        }
      />
    </Card>
  );
}
