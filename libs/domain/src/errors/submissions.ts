import { defineErrors } from './define-errors';

/** Answers to live questions and written papers. */
export const SUBMISSION_ERRORS = defineErrors({
  SUBMISSION_NOT_FOUND: { status: 404, zh: '答卷不存在', en: 'Submission not found' },
  ANSWER_SHAPE_INVALID: { status: 400, zh: '答案格式不符合题型', en: 'The answer does not fit the question type' },
  QUESTION_NOT_OPEN: { status: 409, zh: '该题不在作答时间内', en: 'The question is not open' },
  SUBMISSION_TOO_LATE: { status: 409, zh: '已超过作答时间', en: 'Too late: the question is closed' },
  ALREADY_ANSWERED: { status: 409, zh: '已经作答过该题', en: 'This question has already been answered' },
  NOT_YOUR_TURN: { status: 409, zh: '没有答题权', en: 'Your team does not hold the right to answer' },
  FALSE_START_LOCKED_OUT: { status: 409, zh: '抢答犯规，本题不能作答', en: 'False start: your team is locked out of this question' },
  STAKE_REQUIRED: { status: 409, zh: '请先选择风险分值', en: 'Choose a stake before the question opens' },
  PAPER_NOT_FOUND: { status: 404, zh: '试卷不存在', en: 'Paper not found' },
  PAPER_QUESTION_NOT_FOUND: { status: 404, zh: '试卷中的题目不存在', en: 'Question on your paper not found' },
  ROUND_HAS_NO_PAPER: { status: 409, zh: '该轮不是笔答试卷轮', en: 'This round has no paper' },
  PAPER_ALREADY_COLLECTED: { status: 409, zh: '该轮试卷已收卷', en: 'The paper of this round is already closed' },
  PAPER_NOT_RUNNING: { status: 409, zh: '该轮试卷未在作答中', en: 'The paper of this round is not open' },
  PAPER_CLOSED: { status: 409, zh: '该轮试卷已收卷', en: 'The paper is closed' },
  PAPER_NOT_OPEN_YET: { status: 409, zh: '试卷尚未开放', en: 'The paper is not open yet' },
  PAPER_POOL_TOO_SMALL: { status: 422, zh: '题库不足以按规则组卷', en: 'The pool cannot fill the paper' },
  PAPER_HANDED_IN: { status: 409, zh: '已交卷，不能再作答', en: 'The paper has been handed in' },
  PAPER_TOO_LATE: { status: 409, zh: '已超过答卷时间', en: 'Too late: your time for this paper is over' },
});
