import { useEffect, useRef, useState } from 'react';
import type { PaperRoundSummary } from '@jingsai/domain';

interface ActivePaper {
  round: PaperRoundSummary;
  begin: boolean;
}

/** The paper on screen: entered with 开始答卷, or restored after a reload when one is running. */
export function useActivePaper(rounds: PaperRoundSummary[] | undefined) {
  const [chosen, setChosen] = useState<{ roundId: string; begin: boolean } | null>(null);
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !rounds) return;
    restored.current = true;
    const running = rounds.find((r) => r.status === 'open' && r.myPaper && !r.myPaper.submittedAt);
    if (running) setChosen({ roundId: running.roundId, begin: false });
  }, [rounds]);
  const round = chosen ? rounds?.find((r) => r.roundId === chosen.roundId) : undefined;
  const active: ActivePaper | null = chosen && round ? { round, begin: chosen.begin } : null;
  return {
    active,
    enter: (r: PaperRoundSummary, begin: boolean) => setChosen({ roundId: r.roundId, begin }),
    exit: () => setChosen(null),
  };
}
