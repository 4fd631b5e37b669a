import { Progress } from 'antd';
import { formatSeconds, useCountdown } from '../../../components/use-countdown';
import { useT } from '../../../i18n/index';

interface Props {
  openedAt: string | null;
  deadline: string | null;
  pausedAt?: string | null;
  clockOffset: number;
}

export function ScreenCountdown({ openedAt, deadline, pausedAt, clockOffset }: Props) {
  const t = useT();
  const remaining = useCountdown(deadline, clockOffset, pausedAt);
  if (remaining === null || !deadline) return null;
  const total = openedAt ? new Date(deadline).getTime() - new Date(openedAt).getTime() : 0;
  const percent = total > 0 ? Math.round((remaining / total) * 100) : 0;
  const urgent = remaining <= 5000;
  const size = Math.round(window.innerHeight * 0.16);
  return (
    <div className="screen-countdown" data-testid="screen-countdown" title={pausedAt ? t('questionPaused') : remaining > 0 ? t('timeLeft') : t('timeUp')}>
      <Progress
        type="circle"
        percent={percent}
        size={size}
        strokeWidth={9}
        strokeColor={urgent ? '#ff6b6b' : { '0%': '#4f9dff', '100%': '#42d392' }}
        trailColor="rgba(255,255,255,0.1)"
        format={() => (
          <span className={`screen-countdown-number${urgent ? ' urgent' : ''}`} style={{ fontSize: size * 0.42 }}>
            {remaining > 0 ? formatSeconds(remaining) : 0}
          </span>
        )}
      />
    </div>
  );
}
