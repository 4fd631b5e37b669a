export interface Buzz {
  teamId: string;
  /** Server receive time. */
  at: Date;
}

export interface BuzzOrder {
  /** Teams in the order they won the right to answer. */
  order: string[];
  /** Teams that buzzed before open: locked out of the question. */
  falseStarts: string[];
}

/**
 * Buzz order by server time. A buzz at exactly `openedAt` is valid. Ties on the same
 * millisecond go to the buzz that arrived first (earlier in the array). A team counts once,
 * at its earliest valid buzz; a false starter is excluded even if it buzzes again after open.
 */
export function resolveBuzzOrder(buzzes: Buzz[], openedAt: Date): BuzzOrder {
  const opened = openedAt.getTime();
  const falseStarts: string[] = [];
  for (const buzz of buzzes) {
    if (buzz.at.getTime() < opened && !falseStarts.includes(buzz.teamId)) falseStarts.push(buzz.teamId);
  }
  // Array.prototype.sort is stable, so equal times keep arrival order.
  const valid = buzzes.filter((b) => b.at.getTime() >= opened).sort((a, b) => a.at.getTime() - b.at.getTime());
  const order: string[] = [];
  for (const buzz of valid) {
    if (!falseStarts.includes(buzz.teamId) && !order.includes(buzz.teamId)) order.push(buzz.teamId);
  }
  return { order, falseStarts };
}

/** The team holding the right to answer: the first in buzz order that has not answered wrong. */
export function currentAnswerer(order: string[], wrongTeams: string[]): string | null {
  return order.find((teamId) => !wrongTeams.includes(teamId)) ?? null;
}
