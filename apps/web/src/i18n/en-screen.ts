import type { zhScreen } from './zh-CN-screen';

/** English text: The big screen. */
export const enScreen: Record<keyof typeof zhScreen, string> = {
  leaderboard: 'Leaderboard',
  groupTotals: 'Group totals',
  frozen: 'Leaderboard frozen · final standings revealed after the contest',
  waitingScreen: 'The contest is about to begin',
  questionClosed: 'Closed',
  questionN: 'Question {n}',
  contestNotFound: 'Contest not found or unreachable',
};
