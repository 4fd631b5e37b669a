/**
 * The error catalogue: each feature's codes in a JSON file of its own (a data table: code → HTTP status,
 * zh-CN and English text, `detailed` when the message is composed where the error happens, an optional
 * `note`). The API sends the texts as "中文 / English"; the web's dictionaries are read from here.
 */
import analysis from './analysis.json';
import auth from './auth.json';
import banks from './banks.json';
import common from './common.json';
import contests from './contests.json';
import { defineErrors, fillErrorText, type ErrorEntry, type ErrorParams } from './define-errors';
import judging from './judging.json';
import live from './live.json';
import members from './members.json';
import submissions from './submissions.json';

export { defineErrors, fillErrorText, type ErrorEntry, type ErrorParams } from './define-errors';

/** Each feature's catalogue, kept apart so a test can check no code is declared twice. */
export const ERROR_CATALOGUES = {
  /** Refusals any route can give: request checks, access, limits. */
  common: defineErrors(common),
  /** Sign-in, sessions, users. */
  auth: defineErrors(auth),
  /** Question banks: import, edit, delete. */
  banks: defineErrors(banks),
  /** Contests, teams, rounds and judges as the organizer builds and edits them. */
  contests: defineErrors(contests),
  /** Running a contest live: opening and closing questions, buzzes, stakes, lifelines, the board. */
  live: defineErrors(live),
  /** Answers to live questions and written papers. */
  submissions: defineErrors(submissions),
  /** Judges' reviews and appeals. */
  judging: defineErrors(judging),
  /** Joining a team from a phone, rosters, PINs and the organizer's approvals. */
  members: defineErrors(members),
  /** The contest analysis report and its settings. */
  analysis: defineErrors(analysis),
};

export const ERRORS = {
  ...ERROR_CATALOGUES.common,
  ...ERROR_CATALOGUES.auth,
  ...ERROR_CATALOGUES.banks,
  ...ERROR_CATALOGUES.contests,
  ...ERROR_CATALOGUES.live,
  ...ERROR_CATALOGUES.submissions,
  ...ERROR_CATALOGUES.judging,
  ...ERROR_CATALOGUES.members,
  ...ERROR_CATALOGUES.analysis,
};

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
