import { useCallback, useState } from 'react';

const key = (contestId: string) => `jingsai.judge.scored.${contestId}`;

function load(contestId: string): string[] {
  try {
    const raw = sessionStorage.getItem(key(contestId));
    return raw ? (JSON.parse(raw) as string[]) : [];
  } catch {
    return [];
  }
}

/**
 * The answers this judge scored since opening the contest in this tab (also those that then left the queue because
 * their score counted), so the header never reads "已评分 0" right after a score was given.
 */
export function useScoredThisVisit(contestId: string): { count: number; add: (submissionId: string) => void } {
  const [ids, setIds] = useState<string[]>(() => load(contestId));
  const add = useCallback(
    (submissionId: string) =>
      setIds((current) => {
        if (current.includes(submissionId)) return current;
        const next = [...current, submissionId];
        sessionStorage.setItem(key(contestId), JSON.stringify(next));
        return next;
      }),
    [contestId],
  );
  return { count: ids.length, add };
}
