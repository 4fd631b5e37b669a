export interface Buzz {
  teamId: string;
  /**
   * Place of arrival at the one shared place that numbers buzzes (the database): the order every
   * api node agrees on, whatever each node's clock says.
   */
  seq: number;
  /** Arrived before the question opened: the team is locked out of the question. */
  falseStart: boolean;
}

export interface BuzzOrder {
  /** Teams in the order they won the right to answer. */
  order: string[];
  /** Teams that buzzed before open: locked out of the question. */
  falseStarts: string[];
}

/**
 * Buzz order by arrival number. A team counts once, at its first valid buzz; a false starter is
 * excluded even if it buzzes again after the question opened.
 */
export function resolveBuzzOrder(buzzes: Buzz[]): BuzzOrder {
  const bySeq = [...buzzes].sort((a, b) => a.seq - b.seq);
  const falseStarts = [...new Set(bySeq.filter((b) => b.falseStart).map((b) => b.teamId))];
  const order: string[] = [];
  for (const buzz of bySeq) {
    if (!buzz.falseStart && !falseStarts.includes(buzz.teamId) && !order.includes(buzz.teamId)) order.push(buzz.teamId);
  }
  return { order, falseStarts };
}

/** The team holding the right to answer: the first in buzz order that has not answered wrong. */
export function currentAnswerer(order: string[], wrongTeams: string[]): string | null {
  return order.find((teamId) => !wrongTeams.includes(teamId)) ?? null;
}

/** Who holds the right now: without 补答 (passOnWrong) nobody after the first wrong answer. */
export function buzzHolder(order: string[], wrongTeams: string[], passOnWrong: boolean | undefined): string | null {
  return passOnWrong || wrongTeams.length === 0 ? currentAnswerer(order, wrongTeams) : null;
}
