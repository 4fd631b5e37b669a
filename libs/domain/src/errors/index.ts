import { ANALYSIS_ERRORS } from './analysis';
import { AUTH_ERRORS } from './auth';
import { BANK_ERRORS } from './banks';
import { COMMON_ERRORS } from './common';
import { CONTEST_ERRORS } from './contests';
import { fillErrorText, type ErrorEntry, type ErrorParams } from './define-errors';
import { JUDGING_ERRORS } from './judging';
import { LIVE_ERRORS } from './live';
import { MEMBER_ERRORS } from './members';
import { SUBMISSION_ERRORS } from './submissions';

export { defineErrors, fillErrorText, type ErrorEntry, type ErrorParams } from './define-errors';

/** Each feature's catalogue, kept apart so a test can check no code is declared twice. */
export const ERROR_CATALOGUES = {
  common: COMMON_ERRORS,
  auth: AUTH_ERRORS,
  banks: BANK_ERRORS,
  contests: CONTEST_ERRORS,
  live: LIVE_ERRORS,
  submissions: SUBMISSION_ERRORS,
  judging: JUDGING_ERRORS,
  members: MEMBER_ERRORS,
  analysis: ANALYSIS_ERRORS,
} as const;

export const ERRORS = {
  ...COMMON_ERRORS,
  ...AUTH_ERRORS,
  ...BANK_ERRORS,
  ...CONTEST_ERRORS,
  ...LIVE_ERRORS,
  ...SUBMISSION_ERRORS,
  ...JUDGING_ERRORS,
  ...MEMBER_ERRORS,
  ...ANALYSIS_ERRORS,
} as const;

export type ErrorCode = keyof typeof ERRORS;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERRORS, value);
}

export function errorEntry(code: ErrorCode): ErrorEntry {
  return ERRORS[code];
}

/** The code's text in one language, its params filled. */
export function errorTextOf(code: ErrorCode, lang: 'zh' | 'en', params?: ErrorParams): string {
  return fillErrorText(ERRORS[code][lang], params);
}

/** The API's message for a code: "中文 / English". */
export function bilingualErrorText(code: ErrorCode, params?: ErrorParams): string {
  return `${errorTextOf(code, 'zh', params)} / ${errorTextOf(code, 'en', params)}`;
}
