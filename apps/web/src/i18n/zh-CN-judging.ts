/** Chinese text: the judge page's counts and publishing, judge accounts, key points, tie-breaks, dates and sources. */
export const zhJudging = {
  judgeQueueCount: '待评 {n} 份 · 正在看第 {i} 份',
  judgeDoneThisVisit: '本次已评 {n} 份',
  judgeAllDone: '暂无待评分的答卷 · 本次已评 {n} 份，成绩已计入',
  publishHeld: '发布分歧答卷 · {round}（{n} 份）',
  publishHeldHint:
    '评分人数够且没有分歧的答卷，成绩立即计入并发给参赛队，无需发布。评委分数相差超过上限的答卷会暂缓：可以“退回重评”，或点此按规则汇总后发布。',
  usernameRule: '用户名 2–64 个字符，只能包含字母、数字、_ . -',
  judgePasswordRule: '密码至少 6 个字符',
  keyPointsOnePerLine: '每行一个要点；导入时按 、；。 和编号自动拆分，可修改',
  tieBreakNotStarted: '比赛开始后，如前三名出现同分，会在这里提示加赛',
  importedFrom: '导入自 {file}',
} as const;
