import { defineErrors } from './define-errors';

/** Contests, teams, rounds and judges as the organizer builds and edits them. */
export const CONTEST_ERRORS = defineErrors({
  CONTEST_NOT_FOUND: { status: 404, zh: '竞赛不存在', en: 'Contest not found' },
  ROUND_NOT_FOUND: { status: 404, zh: '轮次不存在', en: 'Round not found' },
  QUESTION_NOT_FOUND: { status: 404, zh: '题目不存在', en: 'Question not found' },
  CONTEST_QUESTION_NOT_FOUND: { status: 404, zh: '本竞赛的题目不存在', en: 'Question in this contest not found' },
  TEAM_NOT_FOUND: { status: 404, zh: '队伍不存在', en: 'Team not found' },
  JUDGE_NOT_FOUND: { status: 404, zh: '评委不存在', en: 'Judge not found' },
  NOTHING_TO_CHANGE: { status: 400, zh: '没有要修改的内容', en: 'Nothing to change: send title or status' },
  SETTINGS_NOTHING_TO_CHANGE: { status: 400, zh: '没有要修改的设置', en: 'Nothing to change: send lifelines, baseScore, groupScore or venue' },
  GRADING_NOTHING_TO_CHANGE: { status: 400, zh: '没有要修改的评分设置', en: 'Nothing to change: send strict or multiplePolicy' },
  CONTEST_STATUS_CHANGE: { status: 409, zh: '竞赛{fromLabel}，不能改为{toLabel}', en: 'A {from} contest cannot become {to}' },
  ANSWERS_EXIST: { status: 409, zh: '已有答题记录，不能删除；可将竞赛归档', en: 'Answers exist: it cannot be deleted (archive the contest instead)' },
  TEAM_NAME_TAKEN: { status: 409, zh: '队伍“{name}”已存在', en: 'Team "{name}" already exists' },
  TEAM_JOINS_BY_ROSTER: { status: 400, zh: '该队按名单加入，请修改名单', en: 'This team joins by roster: change the roster instead' },
  ROSTER_OR_CAP: { status: 400, zh: '名单与人数上限只能二选一', en: 'Give a roster or a member cap, not both' },
  ROUND_QUESTION_TWICE: { status: 400, zh: '题目重复', en: 'A question appears twice in the round' },
  ROUND_UNKNOWN_QUESTIONS: { status: 400, zh: '题目不存在', en: 'Unknown question ids: {ids}' },
  ROUND_DRAFT_QUESTIONS: { status: 422, zh: '草稿题缺少答案，请先补全', en: 'Draft questions have no answer key yet: {ids}' },
  PAPER_ONLY_WRITTEN: { status: 400, zh: '只有笔答轮可以设置试卷', en: 'Only a written round can have a paper' },
  /** The draw rules' own problem, as the paper library words it. */
  PAPER_DRAW_INVALID: { status: 422, zh: '组卷规则不可行', en: 'The paper cannot be drawn by these rules', detailed: true },
  STAKES_NOT_POSITIVE: { status: 400, zh: '风险分值须为正数', en: 'Stake tiers must be positive' },
  FOREIGN_BANK_QUESTIONS: { status: 403, zh: '只能使用自己题库中的题目', en: 'A round may only use questions from your own banks' },
  TEAMS_ONLY_FOR_TIE_BREAK: { status: 400, zh: '只有加赛轮可以指定参赛队伍', en: 'Only a tie-break round (tieBreak: true) can list its teams' },
  TEAMS_NOT_IN_CONTEST: { status: 400, zh: '队伍不属于本竞赛', en: 'Teams not in this contest: {ids}' },
  USER_NOT_A_JUDGE: { status: 400, zh: '该用户不是评委', en: 'That user is not a judge' },
  JUDGE_HAS_PENDING: {
    status: 409,
    zh: '该评委还有 {pending} 份评分待定，请先完成或由主裁判退回',
    en: 'The judge has {pending} score(s) still pending: finish or return them first',
  },
});
