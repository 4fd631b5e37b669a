import { defineErrors } from './define-errors';

/** The contest analysis report and its settings. */
export const ANALYSIS_ERRORS = defineErrors({
  ANALYSIS_NOTHING_TO_CHANGE: { status: 400, zh: '没有要修改的设置', en: 'Nothing to change: send optionSharesOnScreen or timeZone' },
  UNKNOWN_TIME_ZONE: { status: 400, zh: '未知的时区“{zone}”', en: 'Unknown time zone "{zone}" (an IANA name such as Asia/Shanghai)' },
  OPTION_SHARES_NOT_CLOSED: {
    status: 409,
    zh: '本题尚未结束，不能公布选项分布',
    en: 'The question has not closed yet: its option shares show only after it closes',
  },
});
