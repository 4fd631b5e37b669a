import type { zhJudging } from './zh-CN-judging';

/** English text: the judge page's counts and publishing, judge accounts, key points, tie-breaks, dates and sources. */
export const enJudging: Record<keyof typeof zhJudging, string> = {
  judgeQueueCount: '{n} waiting · showing answer {i}',
  judgeDoneThisVisit: 'Scored this visit: {n}',
  judgeAllDone: 'Nothing waiting for a score · scored this visit: {n}, counted',
  publishHeld: 'Publish held answers · {round} ({n})',
  publishHeldHint:
    'An answer with enough scores that agree counts at once and reaches the team: nothing to publish. An answer whose judges differ by more than the limit is held: return it for rescoring, or publish it here with the rule’s aggregate.',
  usernameRule: 'Username: 2–64 letters, digits, _ . or -',
  judgePasswordRule: 'Password: at least 6 characters',
  keyPointsOnePerLine: 'One key point per line; an import splits the reference at 、；。 and numbers — edit them here',
  tieBreakNotStarted: 'Once the contest has started, ties on the podium show here',
  importedFrom: 'Imported from {file}',
} as const;
