import { ERRORS, type ErrorCode } from '@jingsai/domain';

export type ErrorDictionary = Record<ErrorCode, string>;

/** One language's text for every code, read from the API's catalogue (libs/domain/src/errors). */
export function dictionaryOf(lang: 'zh' | 'en'): ErrorDictionary {
  return Object.fromEntries(Object.entries(ERRORS).map(([code, entry]) => [code, entry[lang]])) as ErrorDictionary;
}
