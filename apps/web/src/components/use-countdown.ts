import { useEffect, useState } from 'react';

/**
 * Milliseconds left until `deadline` on the server's clock (offset = serverTime − Date.now() at receipt).
 * While the organizer has paused the question the countdown stands still at `deadline − pausedAt`.
 */
export function useCountdown(deadline: string | null | undefined, clockOffset: number, pausedAt?: string | null): number | null {
  const running = !pausedAt;
  const compute = () =>
    deadline ? Math.max(0, new Date(deadline).getTime() - (pausedAt ? new Date(pausedAt).getTime() : Date.now() + clockOffset)) : null;
  const [remaining, setRemaining] = useState<number | null>(compute);
  useEffect(() => {
    setRemaining(compute());
    if (!deadline || !running) return undefined;
    const timer = window.setInterval(() => setRemaining(compute()), 200);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deadline, clockOffset, pausedAt]);
  return remaining;
}

export function formatSeconds(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0 ? `${minutes}:${String(seconds).padStart(2, '0')}` : String(seconds);
}
