export type FreezeSetting =
  | { mode: 'manual'; frozenAt: Date }
  | { mode: 'lastMinutes'; minutes: number; contestEndsAt: Date }
  | null;

/**
 * The moment the public board froze, or null when it is not frozen at `now`. The board stays
 * frozen past the contest end: the reveal is the organizer clearing the setting.
 */
export function isFrozenAt(now: Date, freeze: FreezeSetting): Date | null {
  if (!freeze) return null;
  const from =
    freeze.mode === 'manual'
      ? freeze.frozenAt
      : new Date(freeze.contestEndsAt.getTime() - freeze.minutes * 60_000);
  return now.getTime() >= from.getTime() ? from : null;
}
