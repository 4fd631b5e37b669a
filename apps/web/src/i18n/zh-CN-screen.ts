/** Chinese text: The big screen. */
export const zhScreen = {
  leaderboard: '排行榜',
  groupTotals: '分组总分',
  frozen: '封榜中 · 最终排名将在赛后揭晓',
  waitingScreen: '比赛即将开始',
  questionClosed: '本题作答结束',
  questionN: '第 {n} 题',
  contestNotFound: '竞赛不存在或无法连接',
} as const;
