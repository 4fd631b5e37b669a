import { defineErrors } from './define-errors';

/** Judges' reviews and appeals. */
export const JUDGING_ERRORS = defineErrors({
  NOT_A_JUDGE_OF_CONTEST: { status: 403, zh: '您不是本竞赛的评委', en: 'You are not a judge of this contest' },
  REVIEW_SCORE_TOO_HIGH: { status: 400, zh: '分数不能超过本题满分 {max}', en: 'Score cannot exceed {max}' },
  CHIEF_ONLY_RETURN: { status: 403, zh: '只有主裁判可以退回重评', en: 'Only the chief judge can return an answer' },
  CHIEF_ONLY_PUBLISH: { status: 403, zh: '只有主裁判可以发布评分', en: 'Only the chief judge can publish scores' },
  NOT_AWAITING_REVIEW: { status: 409, zh: '该答卷不在评分队列中', en: 'This answer is not waiting for review' },
  REVIEW_QUESTION_STILL_OPEN: { status: 409, zh: '该题仍在作答中，结束后才能评分', en: 'The question is still being answered: score it once it has ended' },
  APPEAL_NOT_FOUND: { status: 404, zh: '申诉不存在', en: 'Appeal not found' },
  APPEAL_NOT_GRADED: { status: 409, zh: '该答卷尚未评分，不能申诉', en: 'The answer has not been graded: there is nothing to appeal yet' },
  APPEAL_RESULT_NOT_OUT: { status: 409, zh: '该题结束、成绩公布后才能申诉', en: 'You can appeal once the question has ended and its result is out' },
  APPEAL_WINDOW_PASSED: { status: 409, zh: '申诉时间已过', en: 'The time to appeal this answer has passed' },
  APPEAL_ALREADY_FILED: { status: 409, zh: '该答卷已申诉过', en: 'This answer has already been appealed' },
  APPEAL_ALREADY_DECIDED: { status: 409, zh: '该申诉已处理', en: 'This appeal was already decided' },
  APPEAL_SCORE_TOO_HIGH: { status: 400, zh: '新分数不能超过本题满分 {max}', en: 'The score cannot exceed {max}' },
  APPEAL_DECIDERS_ONLY: { status: 403, zh: '只有主裁判或组织者可以处理申诉', en: 'Only the chief judge or the organizer decides appeals' },
});
