import { errorEntry, fillErrorText, isErrorCode, type ErrorParams } from '@jingsai/domain';
import { pickHalf, type Lang } from '../current-lang';
import { ERRORS_EN } from './en';
import { ERRORS_ZH_CN } from './zh-CN';

/** The parts of an API error body the text comes from: `{statusCode, error, message, code, params?}`. */
export interface ErrorBodyText {
  message: string;
  code?: unknown;
  params?: unknown;
}

/**
 * A server error in the UI language: the dictionary's text for its code, its params filled in. The server's own
 * message for codes this build does not know and for detailed ones (validation, per field; parser lines), which
 * are already "中文 / English" per check.
 */
export function errorBodyText(body: ErrorBodyText, lang: Lang): string {
  if (!isErrorCode(body.code) || errorEntry(body.code).detailed) return pickHalf(body.message, lang);
  const dictionary = lang === 'en' ? ERRORS_EN : ERRORS_ZH_CN;
  return fillErrorText(dictionary[body.code], paramsOf(body.params));
}

/** Any thrown value in the UI language: an API error by its body, anything else by its message. */
export function errorText(error: unknown, lang: Lang): string {
  const body = typeof error === 'object' && error !== null ? (error as { body?: unknown }).body : null;
  if (isBodyText(body)) return errorBodyText(body, lang);
  return pickHalf(error instanceof Error ? error.message : String(error), lang);
}

function isBodyText(value: unknown): value is ErrorBodyText {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

function paramsOf(value: unknown): ErrorParams {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
}
